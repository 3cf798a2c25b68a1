package org.rollcall.delivery.archive;

import java.time.LocalDateTime;
import java.util.Optional;

/** A live archived document as erasure and verify see it: what it is, whose, when made, its SHA-256. */
public record ArchivedDocument(
        long id, String kind, String urn, Optional<String> upn, LocalDateTime createdAt, String sha256) {}
