package org.rollcall.attendance.measure.store;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Told by the mark import whenever it writes a school's marks, so the cached registers of that
 * school are dropped. Dropped at once, and again when the writing transaction ends: a request
 * served in between may have read (and cached) the marks as they were before the commit.
 */
@ApplicationScoped
public class MarkChanges {

    @Inject
    RegisterCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void written(long schoolId) {
        cache.invalidate(schoolId);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    cache.invalidate(schoolId);
                }
            });
        }
    }
}
