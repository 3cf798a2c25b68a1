package org.rollcall.attendance.measure.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.AttendanceCategory;

/** Registers are read once, dropped when a school's marks change, and never kept when read during a change. */
class RegisterCacheTest {

    private static final LocalDate YEAR = LocalDate.of(2025, 9, 1);
    private final AtomicInteger loads = new AtomicInteger();

    private Supplier<YearRegister> loader(long school, int pupils) {
        return () -> {
            loads.incrementAndGet();
            YearRegister.Builder b = YearRegister.builder(school, YEAR);
            for (int p = 0; p < pupils; p++) {
                b.add(p, 14, "/", AttendanceCategory.PRESENT);
            }
            return b.build();
        };
    }

    @Test
    void aRegisterIsReadOnceUntilTheSchoolsMarksChange() {
        RegisterCache cache = new RegisterCache(10_000_000);
        YearRegister first = cache.get(1, YEAR, loader(1, 3));
        assertSame(first, cache.get(1, YEAR, loader(1, 3)));
        cache.get(2, YEAR, loader(2, 3));
        assertEquals(2, loads.get());
        cache.invalidate(1);
        assertNotSame(first, cache.get(1, YEAR, loader(1, 3)));
        assertEquals(3, loads.get());
        assertEquals(2, cache.size(), "school 2 was kept");
    }

    @Test
    void aRegisterReadWhileMarksWereWrittenIsUsedOnceButNotKept() {
        RegisterCache cache = new RegisterCache(10_000_000);
        cache.get(1, YEAR, () -> {
            cache.invalidate(1); // an import writes marks while this load reads them
            return loader(1, 3).get();
        });
        assertEquals(0, cache.size());
        cache.get(1, YEAR, loader(1, 3));
        assertEquals(1, cache.size());
    }

    @Test
    void theLeastRecentlyUsedRegistersGoWhenTheBoundIsPassed() {
        long oneRegister = loader(1, 100).get().weightInBytes();
        RegisterCache cache = new RegisterCache(oneRegister * 2);
        cache.get(1, YEAR, loader(1, 100));
        cache.get(2, YEAR, loader(2, 100));
        cache.get(1, YEAR, loader(1, 100)); // school 1 is now the most recently used
        cache.get(3, YEAR, loader(3, 100));
        assertEquals(2, cache.size());
        loads.set(0);
        cache.get(1, YEAR, loader(1, 100));
        assertEquals(0, loads.get(), "school 1 was kept");
        cache.get(2, YEAR, loader(2, 100));
        assertEquals(1, loads.get(), "school 2 had been dropped");
        assertEquals(2 * oneRegister, cache.weightInBytes());
    }
}
