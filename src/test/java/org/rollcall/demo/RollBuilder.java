package org.rollcall.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.rollcall.attendance.UpnValidator;

/**
 * Makes the demo school's roll: a cohort per year group on the first day, a new entry cohort each
 * further September, the top year leaving each July, and a few pupils joining and leaving in the
 * middle of a year. Pupils who join after the last date are left out; leaving dates after it are
 * not yet known and left empty.
 */
final class RollBuilder {

    /** LA code 999 belongs to no local authority, so a demo UPN can never be a real child's. */
    static final String LA_CODE = "999";

    private static final String FORM_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final int FORM_SIZE = 30;

    private final DemoSpec spec;
    private final DemoCalendar calendar;
    private final SchoolDays days;
    private final SplittableRandom random;
    private final Map<String, Integer> serials = new HashMap<>();
    private final Map<Integer, Integer> cohortSizes = new HashMap<>();
    private final List<DemoPupil> pupils = new ArrayList<>();
    private final int firstGroup;
    private final int lastGroup;
    private final int perGroup;
    private final int forms;

    RollBuilder(DemoSpec spec, DemoCalendar calendar, SchoolDays days, SplittableRandom random) {
        this.spec = spec;
        this.calendar = calendar;
        this.days = days;
        this.random = random;
        boolean secondary = spec.phase() == DemoSpec.Phase.SECONDARY;
        firstGroup = secondary ? 7 : 0;
        lastGroup = secondary ? 11 : 6;
        perGroup = Math.max(1, spec.pupils() / (lastGroup - firstGroup + 1));
        forms = Math.min(FORM_LETTERS.length(), Math.max(1, Math.round(perGroup / (float) FORM_SIZE)));
    }

    List<DemoPupil> build() {
        for (int group = firstGroup; group <= lastGroup; group++) {
            for (int i = 0; i < perGroup; i++) {
                add(group, entryAdmission(group));
            }
        }
        for (int year = 0; year < calendar.academicYears().size(); year++) {
            if (year > 0) {
                LocalDate september =
                        calendar.academicYears().get(year).terms().get(0).start();
                for (int i = 0; i < perGroup; i++) {
                    add(firstGroup - year, september);
                }
            }
            int[] range = days.rangeOf(year);
            int joiners = Math.round(spec.pupils() * 0.03f);
            for (int j = 0; j < joiners && range[1] - range[0] > 10; j++) {
                LocalDate when = days.dates[range[0] + 5 + random.nextInt(range[1] - range[0] - 5)];
                add(firstGroup + random.nextInt(lastGroup - firstGroup + 1) - year, when);
            }
        }
        List<DemoPupil> roll = new ArrayList<>();
        for (DemoPupil p : pupils) {
            Optional<LocalDate> leaving = leavingDate(p);
            if (spec.lastDate().map(last -> !p.admission().isAfter(last)).orElse(true)) {
                roll.add(p.withLeaving(leaving.filter(
                        l -> spec.lastDate().map(last -> !l.isAfter(last)).orElse(true))));
            }
        }
        return roll;
    }

    /** Year groups taught in this phase, lowest first. */
    int firstGroup() {
        return firstGroup;
    }

    private Optional<LocalDate> leavingDate(DemoPupil p) {
        for (int year = 0; year < calendar.academicYears().size(); year++) {
            if (p.yearGroupIn(year) < firstGroup) {
                continue;
            }
            LocalDate summerEnd =
                    calendar.academicYears().get(year).terms().get(2).end();
            if (p.admission().isAfter(summerEnd)) {
                continue;
            }
            int[] range = days.rangeOf(year);
            if (random.nextDouble() < 0.03 && range[1] - range[0] > 20) {
                LocalDate when = days.dates[range[0] + random.nextInt(range[1] - range[0])];
                if (when.isAfter(p.admission())) {
                    return Optional.of(when);
                }
            }
            if (p.yearGroupIn(year) == lastGroup || random.nextDouble() < 0.02) {
                return Optional.of(summerEnd);
            }
        }
        return Optional.empty();
    }

    private LocalDate entryAdmission(int group) {
        int yearsAgo = group - firstGroup;
        LocalDate entry = firstSeptemberSchoolDay(spec.startYear() - yearsAgo);
        if (yearsAgo > 0 && random.nextDouble() < 0.08) {
            long span = ChronoUnit.DAYS.between(entry, LocalDate.of(spec.startYear(), 7, 1));
            LocalDate d = entry.plusDays(random.nextLong(span));
            return d.getDayOfWeek().getValue() > 5
                    ? d.plusDays(8 - d.getDayOfWeek().getValue())
                    : d;
        }
        return entry;
    }

    private static LocalDate firstSeptemberSchoolDay(int year) {
        return EnglishTermDates.academicYear(year).terms().get(0).start();
    }

    private void add(int yearGroupInFirstYear, LocalDate admission) {
        boolean boy = random.nextBoolean();
        EnglishNames.Identity id = EnglishNames.draw(random, boy);
        int startYear = spec.startYear();
        // Born in the academic year that puts them in this year group: Sep (S-g-5) to Aug (S-g-4).
        LocalDate from = LocalDate.of(startYear - yearGroupInFirstYear - 5, 9, 1);
        LocalDate dob = from.plusDays(random.nextInt(365));
        boolean fsm = random.nextDouble() < 0.24;
        boolean disadvantaged = fsm || random.nextDouble() < 0.07;
        double s = random.nextDouble();
        char sen = s < (boy ? 0.035 : 0.015) ? 'E' : s < (boy ? 0.19 : 0.11) ? 'K' : 'N';
        boolean eal = random.nextDouble() < (id.likelyEal() ? 0.75 : 0.01);
        boolean lookedAfter = random.nextDouble() < 0.007;
        boolean childInNeed = random.nextDouble() < (fsm ? 0.07 : 0.02);
        boolean youngCarer = random.nextDouble() < 0.02;
        AbsenceProfile absence = AbsenceProfile.draw(random, spec.phase(), fsm, sen, childInNeed, youngCarer);
        // Forms fill in turn so they come out the same size.
        int place = cohortSizes.merge(yearGroupInFirstYear, 1, Integer::sum) - 1;
        char form = FORM_LETTERS.charAt(place % forms);
        String upn = upn(startYear - yearGroupInFirstYear);
        pupils.add(new DemoPupil(
                pupils.size(),
                upn,
                id.surname(),
                id.forename(),
                dob,
                boy ? 'M' : 'F',
                yearGroupInFirstYear,
                form,
                admission,
                Optional.empty(),
                fsm,
                disadvantaged,
                sen,
                eal,
                id.ethnicity(),
                lookedAfter,
                childInNeed,
                youngCarer,
                absence));
    }

    /** A UPN as allocated on entry to Reception at one of the area's primary schools (2001 to 2060). */
    private String upn(int receptionYear) {
        int schools = Math.max(60, perGroup / 15);
        String estab = Integer.toString(2001 + random.nextInt(Math.min(schools, 7998)));
        String prefix = LA_CODE + estab + String.format("%02d", Math.floorMod(receptionYear, 100));
        int serial = serials.merge(prefix, 1, Integer::sum);
        if (serial > 999) {
            return upn(receptionYear);
        }
        String body = prefix + String.format("%03d", serial);
        return UpnValidator.checkLetter(body) + body;
    }

    String formName(DemoPupil p, int academicYear) {
        return DemoPupil.yearGroupLabel(p.yearGroupIn(academicYear)) + p.formLetter();
    }
}
