package org.rollcall.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Optional;

/**
 * What demo school to make.
 *
 * @param seed                   the same seed gives byte-identical files
 * @param pupils                 pupils on roll at any one time (about)
 * @param phase                  primary (Reception to Year 6) or secondary (Years 7 to 11)
 * @param firstAcademicYearStart 1 September of the first academic year (any date in that September)
 * @param academicYears          how many academic years of registers, 1 to 3
 * @param lastDate               no marks after this date, e.g. the end of an autumn term; the
 *                               calendar still covers whole academic years
 */
public record DemoSpec(
        long seed,
        int pupils,
        Phase phase,
        LocalDate firstAcademicYearStart,
        int academicYears,
        Optional<LocalDate> lastDate) {

    /** School phase: decides the year groups, the form sizes and how much absence there is. */
    public enum Phase {
        PRIMARY,
        SECONDARY
    }

    public DemoSpec {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(firstAcademicYearStart, "firstAcademicYearStart");
        Objects.requireNonNull(lastDate, "lastDate (use Optional.empty())");
        if (pupils < 1 || pupils > 200_000) {
            throw new IllegalArgumentException("pupils must be 1 to 200000, got " + pupils);
        }
        if (academicYears < 1 || academicYears > 3) {
            throw new IllegalArgumentException("academicYears must be 1 to 3, got " + academicYears);
        }
        if (firstAcademicYearStart.getMonth() != Month.SEPTEMBER) {
            throw new IllegalArgumentException(
                    "firstAcademicYearStart must be in September, got " + firstAcademicYearStart);
        }
        lastDate.filter(d -> d.isBefore(firstAcademicYearStart)).ifPresent(d -> {
            throw new IllegalArgumentException("lastDate " + d + " is before the first academic year");
        });
    }

    /** Whole academic years, no cut-off. */
    public static DemoSpec wholeYears(long seed, int pupils, Phase phase, int startYear, int academicYears) {
        return new DemoSpec(seed, pupils, phase, LocalDate.of(startYear, 9, 1), academicYears, Optional.empty());
    }

    /** One autumn term: the walking skeleton's demo (about 600 pupils). */
    public static DemoSpec autumnTerm(long seed, int pupils, Phase phase, int startYear) {
        return new DemoSpec(
                seed, pupils, phase, LocalDate.of(startYear, 9, 1), 1, Optional.of(LocalDate.of(startYear, 12, 31)));
    }

    /** The calendar year in which the first academic year starts. */
    public int startYear() {
        return firstAcademicYearStart.getYear();
    }
}
