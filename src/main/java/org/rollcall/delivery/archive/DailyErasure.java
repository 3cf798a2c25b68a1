package org.rollcall.delivery.archive;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Runs the erasure every night at 02:30 school time, when nobody is printing. Not persistent: a server
 * that was down at 02:30 erases at the next night's pass, which finds everything that expired meanwhile.
 */
@Singleton
public class DailyErasure {
    /** The actor of the audit rows the nightly pass writes. */
    public static final String ACTOR = "retention";

    @Inject
    ArchiveErasure erasure;

    @Schedule(hour = "2", minute = "30", timezone = "Europe/London", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nightly() {
        erasure.eraseExpired(ACTOR, Set.of());
    }
}
