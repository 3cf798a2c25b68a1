package org.rollcall.attendance.measure.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.rollcall.attendance.MarksChanged;

/**
 * Drops a school's cached registers once an import that changed its marks has committed. Until
 * the commit the cached registers are what other transactions can see anyway; a request that
 * read the marks while the import ran cached the old ones, and this drops them after it.
 */
@ApplicationScoped
public class StaleRegisters {

    @Inject
    RegisterCache cache;

    void marksChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MarksChanged event) {
        cache.invalidate(event.schoolId());
    }
}
