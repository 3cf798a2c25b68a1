package org.rollcall.delivery.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rollcall.delivery.ContentStore;

/**
 * Re-hashes the file of every live document in scope (each file once, however many documents share
 * it) and says which are missing and which no longer match their SHA-256. With the whole archive in
 * scope it also lists orphans: files no row holds (a crash between a file and its row, or the
 * temporary file of a write that never finished), which are harmless and may be deleted.
 */
@ApplicationScoped
public class ArchiveVerifier {
    @Inject
    ArchiveRows rows;

    @Inject
    ContentStore content;

    /** One document whose file is not as archived; {@code found} is the SHA-256 on disk (empty: missing). */
    public record Fault(long id, String kind, String urn, String sha256, Optional<String> found) {}

    public record Result(int checked, int ok, List<Fault> missing, List<Fault> changed, List<String> orphans) {}

    /** {@code schools} empty: every school, orphans too. */
    public Result verify(Set<String> schools, boolean wholeArchive) {
        List<ArchivedDocument> documents = rows.live(schools);
        Map<String, Optional<String>> onDisk = new LinkedHashMap<>();
        List<Fault> missing = new ArrayList<>();
        List<Fault> changed = new ArrayList<>();
        for (ArchivedDocument d : documents) {
            Optional<String> found = onDisk.computeIfAbsent(d.sha256(), content::rehash);
            Fault fault = new Fault(d.id(), d.kind(), d.urn(), d.sha256(), found);
            if (found.isEmpty()) {
                missing.add(fault);
            } else if (!found.get().equals(d.sha256())) {
                changed.add(fault);
            }
        }
        int ok = documents.size() - missing.size() - changed.size();
        return new Result(documents.size(), ok, missing, changed, wholeArchive ? orphans() : List.of());
    }

    private List<String> orphans() {
        Set<String> held = rows.allShas();
        return content.files().stream()
                .filter(name -> ContentStore.shaOf(name).filter(held::contains).isEmpty())
                .toList();
    }
}
