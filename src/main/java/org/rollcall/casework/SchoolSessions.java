package org.rollcall.casework;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.rollcall.attendance.RegisterCodeRepository;
import org.rollcall.attendance.measure.store.RegisterCache;
import org.rollcall.attendance.measure.store.RegisterWindow;
import org.rollcall.attendance.measure.store.RollPupil;
import org.rollcall.attendance.measure.store.RollQuery;
import org.rollcall.attendance.measure.store.YearRegister;
import org.rollcall.attendance.measure.store.YearRegisterQuery;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.EnrolmentSpell;
import org.rollcall.attendance.statistics.counting.RegisterCodeBook;
import org.rollcall.casework.trigger.PupilSessions;

/**
 * A school's roll and its pupils' sessions over a window, read from the statistics engine's cached
 * registers (one byte a session, one {@link YearRegister} per academic year), so casework for the
 * whole school costs one read of each year's marks, not one query per pupil.
 */
@ApplicationScoped
public class SchoolSessions {

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    @Inject
    RegisterCache cache;

    @Inject
    RegisterCodeRepository registerCodes;

    private RollQuery rollQuery;
    private YearRegisterQuery registerQuery;

    /** The school's roll with the registers of every academic year the window touches. */
    public record Loaded(DateWindow window, List<RollPupil> roll, List<YearRegister> registers) {

        public PupilSessions sessionsOf(RollPupil pupil) {
            return SchoolSessions.sessionsOf(pupil, window, registers);
        }
    }

    @PostConstruct
    void init() {
        rollQuery = new RollQuery(dataSource);
        registerQuery = new YearRegisterQuery(dataSource);
    }

    public Loaded load(long schoolId, DateWindow window) {
        return new Loaded(window, rollQuery.roll(schoolId), registers(schoolId, window));
    }

    /** One pupil's sessions over the window, from the same cached registers. */
    public java.util.Optional<PupilSessions> loadPupil(long schoolId, String upn, DateWindow window) {
        java.util.Optional<RollPupil> pupil = rollQuery.pupil(schoolId, upn);
        if (pupil.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sessionsOf(pupil.get(), window, registers(schoolId, window)));
    }

    private List<YearRegister> registers(long schoolId, DateWindow window) {
        List<YearRegister> registers = new ArrayList<>();
        for (LocalDate start : RegisterWindow.yearStartsOf(window)) {
            registers.add(cache.get(
                    schoolId,
                    start,
                    () -> registerQuery.load(
                            schoolId,
                            start,
                            RegisterCodeBook.of(registerCodes.all().values()))));
        }
        return registers;
    }

    /** The pupil's marks inside the window, on the days of their spells on roll. */
    static PupilSessions sessionsOf(RollPupil pupil, DateWindow window, List<YearRegister> registers) {
        PupilSessions.Builder b = PupilSessions.builder(window);
        for (EnrolmentSpell spell : pupil.spells()) {
            b.onRoll(spell.admission(), spell.leaving().orElse(LocalDate.MAX));
        }
        for (YearRegister register : registers) {
            byte[] slots = register.slotsOf(pupil.id()).orElse(null);
            if (slots == null) {
                continue;
            }
            LocalDate first = register.start().isBefore(window.from()) ? window.from() : register.start();
            LocalDate last = register.end().isAfter(window.to()) ? window.to() : register.end();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                int slot = (int) (d.toEpochDay() - register.start().toEpochDay()) * 2;
                mark(b, register, d, false, slots[slot] & 0xFF);
                mark(b, register, d, true, slots[slot + 1] & 0xFF);
            }
        }
        return b.build();
    }

    private static void mark(PupilSessions.Builder b, YearRegister register, LocalDate date, boolean pm, int value) {
        if (value != 0) {
            b.mark(date, pm, register.codeOf(value - 1), register.categoryOf(value - 1));
        }
    }
}
