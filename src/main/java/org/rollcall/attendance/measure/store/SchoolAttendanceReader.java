package org.rollcall.attendance.measure.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.rollcall.attendance.statistics.counting.CodeBook;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.SessionTally;
import org.rollcall.attendance.statistics.population.PupilAttendance;

/**
 * Reads a school's attendance from the database into the statistics engine's inputs: the pupils
 * on roll with their profiles, and their tallies for a window, counted from the cached registers.
 * Plain Java (a {@link DataSource} and a {@link RegisterCache}), so the benchmark runs exactly this
 * code outside the server.
 */
public final class SchoolAttendanceReader {

    private final RollQuery rollQuery;
    private final YearRegisterQuery registerQuery;
    private final RegisterCache cache;
    private final Supplier<CodeBook> codeBook;

    /** @param codeBook read when marks must be loaded (the code table is small and may be edited) */
    public SchoolAttendanceReader(DataSource dataSource, RegisterCache cache, Supplier<CodeBook> codeBook) {
        this.rollQuery = new RollQuery(dataSource);
        this.registerQuery = new YearRegisterQuery(dataSource);
        this.cache = cache;
        this.codeBook = codeBook;
    }

    public List<RollPupil> roll(long schoolId) {
        return rollQuery.roll(schoolId);
    }

    public Optional<RollPupil> pupil(long schoolId, String upn) {
        return rollQuery.pupil(schoolId, upn);
    }

    /** The school's marks for the window, ready to count (read from the database only if not cached). */
    public RegisterWindow window(long schoolId, DateWindow window) {
        List<YearRegister> registers = new ArrayList<>();
        for (LocalDate start : RegisterWindow.yearStartsOf(window)) {
            registers.add(cache.get(schoolId, start, () -> registerQuery.load(schoolId, start, codeBook.get())));
        }
        return new RegisterWindow(window, registers);
    }

    /** Each pupil with their tally for the window (pupils off roll throughout have an empty tally). */
    public List<PupilAttendance> attendance(List<RollPupil> roll, RegisterWindow window) {
        List<PupilAttendance> pupils = new ArrayList<>(roll.size());
        roll.forEach(p -> pupils.add(new PupilAttendance(p.profile(), window.tally(p))));
        return pupils;
    }

    /** Tallies by UPN, in roll order, for the calculations that work per pupil (movement, bottom 10%). */
    public Map<String, SessionTally> talliesByUpn(List<RollPupil> roll, RegisterWindow window) {
        Map<String, SessionTally> tallies = new LinkedHashMap<>();
        roll.forEach(p -> tallies.put(p.upn(), window.tally(p)));
        return tallies;
    }
}
