package org.rollcall.attendance.statistics.pupil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * Falling, steady or improving: attendance over the pupil's most recent {@code recentWeeks} school
 * weeks against attendance over the earlier weeks of the window. Weeks without a possible session
 * (holidays, off roll) are skipped, so "the last 4 weeks" are 4 weeks the pupil could attend.
 *
 * <p>Default: 4 recent weeks, and a change of at least 2.0 percentage points counts as falling
 * or improving (one missed session in four weeks is 2.5 points); anything smaller is steady.
 * The comparison is exact, on the counts.
 */
public record TrackRule(int recentWeeks, BigDecimal marginPoints) {

    public static final TrackRule DEFAULT = new TrackRule(4, new BigDecimal("2.0"));

    public TrackRule {
        if (recentWeeks < 1) {
            throw new IllegalArgumentException("The recent window needs at least one week");
        }
        if (marginPoints.signum() < 0) {
            throw new IllegalArgumentException("The margin must not be negative");
        }
    }

    /**
     * @param weeks the pupil's tallies per week (keyed by Monday) over the window
     * @return empty when there are not more school weeks than the recent window (nothing to compare)
     */
    public Optional<Track> trackOf(SortedMap<LocalDate, SessionTally> weeks) {
        List<SessionTally> school = new ArrayList<>();
        weeks.values().stream().filter(SessionTally::isMeasured).forEach(school::add);
        if (school.size() <= recentWeeks) {
            return Optional.empty();
        }
        int split = school.size() - recentWeeks;
        SessionTally before = SessionTally.sum(school.subList(0, split));
        SessionTally recent = SessionTally.sum(school.subList(split, school.size()));
        // recent% - before% compared with the margin, cross-multiplied to stay exact
        BigDecimal change = BigDecimal.valueOf(
                        recent.attended() * before.possible() - before.attended() * recent.possible())
                .multiply(Percent.HUNDRED);
        BigDecimal margin = marginPoints.multiply(BigDecimal.valueOf(recent.possible() * before.possible()));
        if (change.compareTo(margin) >= 0 && change.signum() > 0) {
            return Optional.of(Track.IMPROVING);
        }
        if (change.negate().compareTo(margin) >= 0 && change.signum() < 0) {
            return Optional.of(Track.FALLING);
        }
        return Optional.of(Track.STEADY);
    }
}
