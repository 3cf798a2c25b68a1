package org.rollcall.attendance.statistics.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * National figures for one academic year (England, state-funded schools), in percent. Reference
 * data the user can edit: the defaults are the DOMAIN.md table; a missing figure is empty.
 *
 * @param persistentAbsence percentage of pupils who are PA
 * @param severeAbsence percentage of pupils who are severely absent
 */
public record NationalBenchmark(
        String year,
        Optional<BigDecimal> overallAbsence,
        Optional<BigDecimal> unauthorisedAbsence,
        Optional<BigDecimal> persistentAbsence,
        Optional<BigDecimal> severeAbsence,
        String source) {

    private static final String DFE = "DfE, Pupil absence in schools in England, ";

    public NationalBenchmark {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(source, "source");
    }

    /** The seeded benchmarks, oldest first. */
    public static List<NationalBenchmark> defaults() {
        return List.of(
                of("2018/19", "4.7", "1.4", "10.9", null),
                of("2022/23", "7.4", "2.4", "21.2", "2.0"),
                of("2023/24", "7.1", "2.5", "20.0", "2.3"));
    }

    /** The newest default benchmark (2023/24). */
    public static NationalBenchmark latest() {
        List<NationalBenchmark> all = defaults();
        return all.get(all.size() - 1);
    }

    private static NationalBenchmark of(String year, String overall, String unauthorised, String pa, String severe) {
        return new NationalBenchmark(
                year,
                percent(overall),
                percent(unauthorised),
                percent(pa),
                percent(severe),
                DFE + year + " (England, state-funded schools)");
    }

    private static Optional<BigDecimal> percent(String value) {
        return Optional.ofNullable(value).map(BigDecimal::new);
    }
}
