package org.rollcall.casework.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rollcall.attendance.RegisterCode;
import org.rollcall.casework.trigger.PupilSessions;

/**
 * The sessions of absence a letter lists: those in the pupil's last 10 school weeks up to the date
 * (unauthorised only, for a Notice to Improve), each with the code's own description.
 */
final class AbsenceList {

    static final int SCHOOL_WEEKS = 10;

    private AbsenceList() {}

    static List<AbsenceLine> of(
            PupilSessions pupil, LocalDate asOf, boolean unauthorisedOnly, Map<String, RegisterCode> codes) {
        int[] week = pupil.schoolWeekOfSlot();
        int end = pupil.slotOf(asOf.plusDays(1));
        int last = -1;
        for (int s = 0; s < end; s++) {
            last = pupil.isPossible(s) ? week[s] : last;
        }
        List<AbsenceLine> lines = new ArrayList<>();
        for (int s = 0; s < end; s++) {
            boolean listed = unauthorisedOnly ? pupil.isUnauthorised(s) : pupil.isAbsent(s);
            if (listed && week[s] > last - SCHOOL_WEEKS) {
                String code = pupil.codeAt(s);
                String kind = pupil.isUnauthorised(s) ? "Unauthorised" : "Authorised";
                String description = codes.containsKey(code) ? codes.get(code).description() : code;
                lines.add(new AbsenceLine(
                        LetterDates.text(pupil.dateOf(s)),
                        pupil.isPm(s) ? "Afternoon" : "Morning",
                        kind + ": " + description + " (" + code + ")"));
            }
        }
        return lines;
    }
}
