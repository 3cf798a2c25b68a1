package org.rollcall.delivery.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.rollcall.platform.RetentionSettings;
import org.rollcall.platform.RollcallSettings;
import org.rollcall.platform.StoredTime;

/**
 * Erases what has been kept long enough: every live document older than its kind's retention period
 * ({@link RetentionSettings}) is marked erased with a tombstone and an {@code ERASED} audit row, then the
 * files no live document shares are deleted. The files of earlier erasures that a crash left behind are
 * deleted on the next pass. Safe to run on two servers at once (the tombstone's key decides who erases).
 */
@ApplicationScoped
public class ArchiveErasure {
    private static final Logger LOG = Logger.getLogger(ArchiveErasure.class.getName());
    private static final int BATCH = 200;

    @Inject
    ArchiveRows rows;

    @Inject
    ErasureLedger ledger;

    @Inject
    RollcallSettings settings;

    @Inject
    Clock clock;

    /** What one pass erased, and how many files it deleted. */
    public record Report(List<ErasureLedger.Erased> erased, int filesDeleted) {}

    public Report eraseExpired(String actor, Set<String> schools) {
        LocalDateTime now = StoredTime.now(clock);
        List<ErasureLedger.Erased> erased = new ArrayList<>();
        List<ArchivedDocument> expired = expired(now, schools);
        for (int from = 0; from < expired.size(); from += BATCH) {
            List<ArchivedDocument> batch = expired.subList(from, Math.min(expired.size(), from + BATCH));
            erased.addAll(ledger.mark(batch, actor, now, this::reason));
        }
        int deleted = 0;
        for (String sha : rows.erasedShas(schools)) {
            deleted += ledger.deleteIfUnshared(sha) ? 1 : 0;
        }
        int count = erased.size();
        int files = deleted;
        LOG.info(() -> "Retention: " + count + " document(s) erased, " + files + " file(s) deleted");
        return new Report(erased, deleted);
    }

    private List<ArchivedDocument> expired(LocalDateTime now, Set<String> schools) {
        RetentionSettings retention = settings.retention();
        List<ArchivedDocument> expired = new ArrayList<>();
        retention
                .byKind()
                .forEach((kind, kept) ->
                        expired.addAll(rows.createdBefore(Set.of(kind), false, now.minus(kept), schools)));
        expired.addAll(rows.createdBefore(retention.byKind().keySet(), true, now.minus(retention.other()), schools));
        return expired;
    }

    private String reason(ArchivedDocument d) {
        Duration kept = settings.retention().of(d.kind());
        String variable = settings.retention().byKind().containsKey(d.kind())
                ? RetentionSettings.variable(d.kind())
                : RetentionSettings.variable("OTHER");
        return "retention period ended: " + d.kind() + " documents are kept " + kept.toDays() + " days (" + variable
                + "); this one was made " + d.createdAt().toLocalDate() + " (UTC)";
    }
}
