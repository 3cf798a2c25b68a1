package org.rollcall.attendance.statistics.population;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.statistics.counting.Percent;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * Pupils by their own absence in 5% bands up to 50% and one band of 50% and over, as the DfE's
 * attendance service for schools shows them: only pupils with at least {@value #MINIMUM_POSSIBLE}
 * possible sessions are counted, so a pupil who joined last week does not fill the top band.
 *
 * @param pupils pupils counted (at least 20 possible sessions)
 * @param bands the eleven bands, lowest first
 */
public record AbsenceBands(int pupils, List<Band> bands) {
    public static final int MINIMUM_POSSIBLE = 20;
    static final int BAND_COUNT = 11;

    public AbsenceBands {
        bands = List.copyOf(bands);
    }

    /** @param label e.g. "5% to under 10%"; share is of the pupils counted */
    public record Band(String label, int pupils, Optional<BigDecimal> share) {}

    public static AbsenceBands of(Iterable<SessionTally> pupilTallies) {
        int[] counts = new int[BAND_COUNT];
        int counted = 0;
        for (SessionTally t : pupilTallies) {
            if (t.possible() < MINIMUM_POSSIBLE) {
                continue;
            }
            // exact in whole numbers: absent / possible >= k * 5% exactly when absent * 20 >= k * possible
            counts[(int) Math.min(BAND_COUNT - 1, t.absent() * 20 / t.possible())]++;
            counted++;
        }
        List<Band> bands = new ArrayList<>(BAND_COUNT);
        for (int k = 0; k < BAND_COUNT; k++) {
            bands.add(new Band(label(k), counts[k], Percent.of(counts[k], counted)));
        }
        return new AbsenceBands(counted, bands);
    }

    static String label(int k) {
        return k == BAND_COUNT - 1 ? "50% and over" : (k * 5) + "% to under " + (k * 5 + 5) + "%";
    }
}
