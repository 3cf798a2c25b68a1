package org.rollcall.casework.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.attendance.Contact;
import org.rollcall.attendance.Pupil;
import org.rollcall.attendance.RegisterCode;
import org.rollcall.attendance.RegisterCodeRepository;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.casework.SchoolSessions;
import org.rollcall.casework.intervention.InterventionFields;
import org.rollcall.casework.trigger.PupilSessions;
import org.rollcall.platform.ProblemException;
import org.rollcall.school.School;

/**
 * The data of a letter for each contact: the pupil's figures for the school year to {@code asOf},
 * the sessions of absence in the last 10 school weeks where the stage lists them, the wording of
 * the stage and the attendance champion.
 */
@ApplicationScoped
public class LetterAssembler {

    @Inject
    SchoolSessions sessions;

    @Inject
    RegisterCodeRepository registerCodes;

    @Inject
    ChampionSource champions;

    public List<LetterDocument> assemble(
            School school, Pupil pupil, List<Contact> contacts, InterventionFields letter, LocalDate asOf) {
        LocalDate yearStart = AcademicCalendar.academicYearStart(asOf);
        PupilSessions marks = sessions.loadPupil(
                        school.getId(), pupil.getUpn(), DateWindow.of(yearStart.minusYears(1), asOf))
                .orElseThrow(() -> ProblemException.notFound("No pupil with UPN " + pupil.getUpn()));
        PupilFigures figures = PupilFigures.of(marks.tally(yearStart, asOf));
        LetterWording wording = LetterWording.of(
                letter.type(),
                pupil.getForename(),
                figures,
                letter.date(),
                letter.improvementPeriodEnds().orElse(letter.date()));
        Map<String, RegisterCode> codes = registerCodes.all();
        List<AbsenceLine> absences = wording.datesIntro().isPresent()
                ? AbsenceList.of(marks, asOf, wording.unauthorisedOnly(), codes)
                : List.of();
        Optional<Champion> champion = champions.of(school);
        return contacts.stream()
                .map(c -> new LetterDocument(
                        school.getName(),
                        champions.schoolLine(school),
                        letter.date(),
                        c.getName(),
                        c.getAddress(),
                        pupil.getForename(),
                        wording,
                        figures,
                        absences,
                        champion))
                .toList();
    }
}
