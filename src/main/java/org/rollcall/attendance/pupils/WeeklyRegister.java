package org.rollcall.attendance.pupils;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.rollcall.attendance.Enrolment;
import org.rollcall.attendance.Pupil;
import org.rollcall.school.SchoolCalendar;

/**
 * A pupil's register laid out by week, Monday to Friday, AM and PM. With a school calendar, an
 * open day without a mark while the pupil was on roll shows as a gap, so missing registers are seen.
 */
@ApplicationScoped
public class WeeklyRegister {
    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    public record Day(LocalDate date, String am, String pm, boolean open, boolean gap) {}

    public record Week(LocalDate weekStart, List<Day> days) {}

    public record Register(String upn, LocalDate from, LocalDate to, int gaps, List<Week> weeks) {}

    public Register of(Pupil pupil, LocalDate from, LocalDate to, SchoolCalendar calendar) {
        Map<LocalDate, String[]> marks = marks(pupil.getId(), from, to);
        List<Week> weeks = new ArrayList<>();
        int gaps = 0;
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            List<Day> days = new ArrayList<>();
            for (LocalDate d = monday; d.isBefore(monday.plusDays(5)); d = d.plusDays(1)) {
                if (d.isBefore(from) || d.isAfter(to)) {
                    continue;
                }
                String[] day = marks.getOrDefault(d, new String[2]);
                boolean open = calendar.isDefined() ? calendar.isOpen(d) : day[0] != null || day[1] != null;
                boolean gap = open && onRoll(pupil, d) && (day[0] == null || day[1] == null);
                gaps += gap ? 1 : 0;
                days.add(new Day(d, day[0], day[1], open, gap));
            }
            weeks.add(new Week(monday, days));
        }
        return new Register(pupil.getUpn(), from, to, gaps, weeks);
    }

    private static boolean onRoll(Pupil pupil, LocalDate date) {
        List<Enrolment> spells = pupil.getEnrolments();
        return spells.isEmpty() || spells.stream().anyMatch(e -> e.covers(date));
    }

    private Map<LocalDate, String[]> marks(long pupilId, LocalDate from, LocalDate to) {
        Map<LocalDate, String[]> marks = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT mark_date, session, code FROM session_mark WHERE pupil_id = ? AND mark_date BETWEEN ? AND ?")) {
            s.setLong(1, pupilId);
            s.setDate(2, Date.valueOf(from));
            s.setDate(3, Date.valueOf(to));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String[] day = marks.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new String[2]);
                    day["PM".equals(rs.getString(2)) ? 1 : 0] = rs.getString(3);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the register", e);
        }
        return marks;
    }
}
