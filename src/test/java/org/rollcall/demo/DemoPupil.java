package org.rollcall.demo;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One demo pupil with the characteristics reports group by and how likely they are to be absent.
 *
 * @param yearGroupInFirstYear NC year group in the first academic year of the demo (0 is
 *                             Reception); a cohort that joins later has one below the entry year
 * @param formLetter           the letter of the pupil's form, kept as the cohort moves up
 * @param sen                  'N' none, 'K' SEN support, 'E' education, health and care plan
 */
record DemoPupil(
        int index,
        String upn,
        String surname,
        String forename,
        LocalDate dob,
        char gender,
        int yearGroupInFirstYear,
        char formLetter,
        LocalDate admission,
        Optional<LocalDate> leaving,
        boolean fsm,
        boolean disadvantaged,
        char sen,
        boolean eal,
        String ethnicity,
        boolean lookedAfter,
        boolean childInNeed,
        boolean youngCarer,
        AbsenceProfile absence) {

    /** NC year group in the given academic year of the demo (0 for the first). */
    int yearGroupIn(int academicYearIndex) {
        return yearGroupInFirstYear + academicYearIndex;
    }

    boolean onRoll(LocalDate date) {
        return !date.isBefore(admission) && leaving.map(l -> !date.isAfter(l)).orElse(true);
    }

    DemoPupil withLeaving(Optional<LocalDate> newLeaving) {
        return new DemoPupil(
                index,
                upn,
                surname,
                forename,
                dob,
                gender,
                yearGroupInFirstYear,
                formLetter,
                admission,
                newLeaving,
                fsm,
                disadvantaged,
                sen,
                eal,
                ethnicity,
                lookedAfter,
                childInNeed,
                youngCarer,
                absence);
    }

    /** The year group as schools write it: "R" for Reception, else the number. */
    static String yearGroupLabel(int yearGroup) {
        return yearGroup == 0 ? "R" : Integer.toString(yearGroup);
    }
}
