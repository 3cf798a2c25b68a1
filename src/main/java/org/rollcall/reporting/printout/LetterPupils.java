package org.rollcall.reporting.printout;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.rollcall.attendance.Contact;
import org.rollcall.attendance.measure.AssessedPupil;
import org.rollcall.attendance.measure.SchoolAssessments;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.PupilProfile;
import org.rollcall.school.School;

/**
 * The pupils of a printout run with everything their letters need, read for the whole school at
 * once: the assessments (from the cached registers), names, contacts who receive correspondence,
 * and minutes late. Four reads whatever the size of the school.
 */
@ApplicationScoped
public class LetterPupils {
    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/RollcallDS")
    DataSource dataSource;

    @Inject
    SchoolAssessments assessments;

    private record Name(String forename, String surname) {}

    public List<LetterPupil> of(School school, DateWindow window, Predicate<PupilProfile> include) {
        List<AssessedPupil> assessed = assessments.assess(school, window, include);
        Map<Long, Name> names = names(school);
        Map<Long, List<Addressee>> contacts = contacts(school);
        Map<Long, Long> minutes = minutesLate(school, window);
        List<LetterPupil> pupils = new ArrayList<>(assessed.size());
        for (AssessedPupil a : assessed) {
            Name name = names.get(a.pupilId());
            pupils.add(new LetterPupil(
                    a,
                    name.forename(),
                    name.surname(),
                    minutes.getOrDefault(a.pupilId(), 0L),
                    contacts.getOrDefault(a.pupilId(), List.of())));
        }
        return pupils;
    }

    private Map<Long, Name> names(School school) {
        Map<Long, Name> names = new HashMap<>();
        em.createQuery("select p.id, p.forename, p.surname from Pupil p where p.school = :school", Object[].class)
                .setParameter("school", school)
                .getResultList()
                .forEach(r -> names.put((Long) r[0], new Name((String) r[1], (String) r[2])));
        return names;
    }

    /** Contacts who receive correspondence, by priority; email unless they asked for post or have no address to email. */
    private Map<Long, List<Addressee>> contacts(School school) {
        Map<Long, List<Addressee>> contacts = new HashMap<>();
        em.createQuery(
                        "select c.pupil.id, c.name, c.email, c.address, c.channel from Contact c"
                                + " where c.pupil.school = :school and c.receivesCorrespondence = true order by c.priority, c.id",
                        Object[].class)
                .setParameter("school", school)
                .getResultList()
                .forEach(r -> contacts.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                        .add(addressee(
                                (String) r[1],
                                Optional.ofNullable((String) r[2]),
                                Optional.ofNullable((String) r[3]),
                                (Contact.Channel) r[4])));
        return contacts;
    }

    static Addressee addressee(String name, Optional<String> email, Optional<String> address, Contact.Channel channel) {
        boolean byPost = channel == Contact.Channel.POST || email.isEmpty();
        return new Addressee(
                name, address.map(LetterPupils::lines).orElse(List.of()), byPost ? Optional.empty() : email, byPost);
    }

    /** An address as the MIS gives it, on one line with commas or on several lines, as printed lines. */
    static List<String> lines(String address) {
        return Arrays.stream(address.split("[,\\n]"))
                .map(String::trim)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private Map<Long, Long> minutesLate(School school, DateWindow window) {
        Map<Long, Long> minutes = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT pupil_id, SUM(minutes_late) FROM session_mark WHERE school_id = ? AND mark_date BETWEEN ? AND ?"
                                + " AND code = 'L' AND minutes_late IS NOT NULL GROUP BY pupil_id")) {
            s.setLong(1, school.getId());
            s.setDate(2, Date.valueOf(window.from()));
            s.setDate(3, Date.valueOf(window.to()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    minutes.put(rs.getLong(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the minutes late of school " + school.getUrn(), e);
        }
        return minutes;
    }
}
