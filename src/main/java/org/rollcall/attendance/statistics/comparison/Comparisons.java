package org.rollcall.attendance.statistics.comparison;

import java.util.Optional;

/** The school's figures beside last year's same weeks, the national figures and its own targets. */
public record Comparisons(
        PeriodComparison lastYear, Optional<NationalBenchmark> national, Optional<TargetOutcome> targets) {}
