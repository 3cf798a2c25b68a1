package org.rollcall.delivery;

import java.util.Optional;

/**
 * One line of the data-protection trail: what was done ({@code action}, e.g. {@code DOWNLOADED},
 * {@code PUPIL_READ}), to what ({@code subject}: a document, a path, a user name; never a pupil's
 * name), in which school and about which pupil (by UPN, kept in its own column so a subject access
 * request or a school's audit can be answered). The address is added by {@link AuditLog}.
 */
public record AuditEvent(String actor, String action, String subject, Optional<String> urn, Optional<String> upn) {

    public static AuditEvent of(String actor, String action, String subject) {
        return new AuditEvent(actor, action, subject, Optional.empty(), Optional.empty());
    }

    public AuditEvent school(String schoolUrn) {
        return new AuditEvent(actor, action, subject, Optional.ofNullable(schoolUrn), upn);
    }

    public AuditEvent pupil(String pupilUpn) {
        return new AuditEvent(actor, action, subject, urn, Optional.ofNullable(pupilUpn));
    }
}
