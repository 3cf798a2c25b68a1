package org.rollcall.attendance.pupils;

import java.util.List;
import org.rollcall.attendance.Pupil;

/** The plain-words opening of a subject access export's README. */
final class SubjectAccessReadme {
    private SubjectAccessReadme() {}

    static List<String> opening(Pupil pupil) {
        return List.of(
                "Everything Rollcall holds about one pupil",
                "",
                "This folder was made for a subject access request about the pupil with UPN " + pupil.getUpn()
                        + " at school " + pupil.getSchool().getUrn() + " ("
                        + pupil.getSchool().getName() + ").",
                "It holds every piece of information about the pupil that Rollcall stores. Nothing about any",
                "other pupil is in it.",
                "",
                "pupil.json: the pupil's details as the school's records gave them (name, date of birth, year group,",
                "  form, characteristics such as free school meals or special educational needs), the spells on",
                "  roll (when the pupil joined and left), and the parents and carers the school contacts.",
                "marks.csv: every register mark, two a day (AM and PM). The code is the Department for Education's",
                "  register code, e.g. / or \\ present, I illness, O unauthorised absence, L late before the register",
                "  closed; minutes_late is how late, when given.",
                "mark-changes.csv: every time a later import changed a mark: the old and new code, when, and the",
                "  name of the file that changed it.",
                "targets.csv: the attendance targets the school set for the pupil by term (in percent). A term",
                "  without a row used the standard rule (96%, or the pupil's own figure plus 2 points).",
                "");
    }
}
