package org.rollcall.attendance.measure.store;

import java.time.LocalDate;
import java.util.Collection;
import org.rollcall.attendance.RegisterCode;
import org.rollcall.attendance.statistics.counting.CodeBook;
import org.rollcall.attendance.statistics.counting.RegisterCodeBook;

/**
 * The statistics engine's {@link CodeBook} built from the {@code register_code} table, so the
 * figures use exactly the codes the imports accepted (the table's {@code valid_to} is the last
 * day a code was in use; the engine's validity ends the day after).
 */
public final class StoredCodeBook {

    private StoredCodeBook() {}

    public static CodeBook of(Collection<RegisterCode> codes) {
        RegisterCodeBook.Builder book = RegisterCodeBook.builder();
        for (RegisterCode c : codes) {
            LocalDate from = c.validFrom().orElse(LocalDate.MIN);
            LocalDate until = c.validTo().map(to -> to.plusDays(1)).orElse(LocalDate.MAX);
            book.code(c.code(), c.category(), from, until);
        }
        return book.build();
    }
}
