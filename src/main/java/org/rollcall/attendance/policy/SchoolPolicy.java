package org.rollcall.attendance.policy;

import java.util.Objects;
import java.util.Optional;
import org.rollcall.attendance.statistics.comparison.SchoolTargets;
import org.rollcall.attendance.statistics.pupil.BandLimits;

/** A school's attendance policy: its targets, once set, and its band limits (defaults until set). */
public record SchoolPolicy(Optional<SchoolTargets> targets, BandLimits bands) {

    public static final SchoolPolicy DEFAULT = new SchoolPolicy(Optional.empty(), BandLimits.DEFAULT);

    public SchoolPolicy {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(bands, "bands");
    }
}
