package org.rollcall.attendance.statistics.pupil;

import java.math.BigDecimal;
import java.util.Objects;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.counting.Percent;

/** One pupil's attendance target (percent) for one term. */
public record IndividualTarget(String upn, DateWindow term, BigDecimal percent, TargetSource source) {

    public IndividualTarget {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(source, "source");
        if (percent.signum() <= 0 || percent.compareTo(Percent.HUNDRED) > 0) {
            throw new IllegalArgumentException("A target must be above 0% and at most 100%, not " + percent);
        }
    }
}
