package org.rollcall.attendance.measure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.rollcall.attendance.RegisterCodeRepository;
import org.rollcall.attendance.measure.store.RegisterCache;
import org.rollcall.attendance.measure.store.RegisterWindow;
import org.rollcall.attendance.measure.store.RollPupil;
import org.rollcall.attendance.measure.store.SchoolAttendanceReader;
import org.rollcall.attendance.policy.BenchmarkStore;
import org.rollcall.attendance.policy.SchoolPolicyStore;
import org.rollcall.attendance.statistics.comparison.Comparisons;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.attendance.statistics.comparison.PaMovement;
import org.rollcall.attendance.statistics.comparison.PeriodComparison;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.RegisterCodeBook;
import org.rollcall.attendance.statistics.population.AttendanceTrends;
import org.rollcall.attendance.statistics.population.Audience;
import org.rollcall.attendance.statistics.population.BottomAttender;
import org.rollcall.attendance.statistics.population.BottomAttenders;
import org.rollcall.attendance.statistics.population.PopulationAnalysis;
import org.rollcall.attendance.statistics.population.Trends;
import org.rollcall.school.School;

/**
 * A school's attendance figures for the API and the reports: read the roll and the marks of the
 * window, hand them to the statistics engine, return what it worked out.
 */
@ApplicationScoped
public class AttendanceService {
    /** Which pupils the figures describe; national statistics count only ages 5 to 15. */
    public static final String POPULATION =
            "All pupils on roll in the period (all ages), each counted only" + " between admission and leaving dates";

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    @Inject
    RegisterCache cache;

    @Inject
    RegisterCodeRepository registerCodes;

    @Inject
    BenchmarkStore benchmarks;

    @Inject
    SchoolPolicyStore policies;

    SchoolAttendanceReader reader;

    @PostConstruct
    void init() {
        reader = new SchoolAttendanceReader(
                dataSource, cache, () -> RegisterCodeBook.of(registerCodes.all().values()));
    }

    SchoolAttendanceReader reader() {
        return reader;
    }

    public PopulationAnalysis analyse(School school, DateWindow window, Audience audience) {
        List<RollPupil> roll = reader.roll(school.getId());
        RegisterWindow marks = reader.window(school.getId(), window);
        return new PopulationAnalysis(reader.attendance(roll, marks), audience);
    }

    public Comparisons compare(School school, DateWindow window) {
        List<RollPupil> roll = reader.roll(school.getId());
        PopulationAnalysis now =
                new PopulationAnalysis(reader.attendance(roll, reader.window(school.getId(), window)), Audience.STAFF);
        DateWindow lastYearWindow = AcademicCalendar.samePeriodLastYear(window);
        PopulationAnalysis then = new PopulationAnalysis(
                reader.attendance(roll, reader.window(school.getId(), lastYearWindow)), Audience.STAFF);
        return new Comparisons(
                PeriodComparison.of(window, now.measures(), lastYearWindow, then.measures()),
                nationalFor(window),
                policies.of(school.getId()).targets().map(t -> t.check(now.measures())));
    }

    /** The national figures for the window's academic year, or the latest published before it. */
    public Optional<NationalBenchmark> nationalFor(DateWindow window) {
        return benchmarks.forYear(AcademicCalendar.academicYearLabel(window.to()));
    }

    public Trends trends(School school, DateWindow window) {
        List<RollPupil> roll = reader.roll(school.getId());
        RegisterWindow marks = reader.window(school.getId(), window);
        return new Trends(
                AttendanceTrends.weekly(marks.weekly(roll)), AttendanceTrends.byDayOfWeek(marks.byDayOfWeek(roll)));
    }

    public PaMovement movement(School school, DateWindow earlier, DateWindow later) {
        List<RollPupil> roll = reader.roll(school.getId());
        return PaMovement.between(
                reader.talliesByUpn(roll, reader.window(school.getId(), earlier)),
                reader.talliesByUpn(roll, reader.window(school.getId(), later)));
    }

    public List<BottomAttender> bottom(School school, DateWindow window, int percent) {
        List<RollPupil> roll = reader.roll(school.getId());
        return BottomAttenders.of(
                reader.talliesByUpn(roll, reader.window(school.getId(), window)),
                percent,
                BottomAttenders.DEFAULT_REASONS);
    }
}
