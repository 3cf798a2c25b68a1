package org.rollcall.runs;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.statistics.population.PupilProfile;

/**
 * The forms and year groups a run is limited to. None listed: the whole school. Otherwise a pupil
 * (or a staff document) is in the run when it is in one of the listed forms or year groups.
 */
public record RunLimits(List<String> forms, List<String> yearGroups) {

    public static final RunLimits WHOLE_SCHOOL = new RunLimits(List.of(), List.of());

    public RunLimits {
        forms = List.copyOf(forms);
        yearGroups = List.copyOf(yearGroups);
    }

    public boolean isWholeSchool() {
        return forms.isEmpty() && yearGroups.isEmpty();
    }

    public boolean includes(PupilProfile pupil) {
        return isWholeSchool() || forms.contains(pupil.form()) || yearGroups.contains(pupil.yearGroup());
    }

    public boolean includesForm(String form) {
        return isWholeSchool() || forms.contains(form);
    }

    public boolean includesYear(String yearGroup) {
        return isWholeSchool() || yearGroups.contains(yearGroup);
    }

    static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    static List<String> split(String text) {
        return Optional.ofNullable(text)
                .filter(t -> !t.isBlank())
                .map(t -> Arrays.asList(t.split(",")))
                .orElse(List.of());
    }
}
