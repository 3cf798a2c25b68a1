package org.rollcall.attendance.statistics.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rollcall.attendance.statistics.counting.SessionTally;

/**
 * Movement in and out of persistent absence between an earlier and a later window (e.g. autumn
 * and spring, or year to date at two dates). A pupil PA earlier who has no possible session later
 * (a leaver) has not "left PA": they are listed apart, as no longer measured.
 *
 * @param newToPa PA later, and not PA (or not measured) earlier
 * @param leftPa PA earlier, measured later and no longer PA
 * @param stayedPa PA in both windows
 * @param paNoLongerMeasured PA earlier, no possible session later
 */
public record PaMovement(
        List<String> newToPa, List<String> leftPa, List<String> stayedPa, List<String> paNoLongerMeasured) {

    public PaMovement {
        newToPa = List.copyOf(newToPa);
        leftPa = List.copyOf(leftPa);
        stayedPa = List.copyOf(stayedPa);
        paNoLongerMeasured = List.copyOf(paNoLongerMeasured);
    }

    /** Tallies by UPN for each window; UPN lists come back sorted. */
    public static PaMovement between(Map<String, SessionTally> earlier, Map<String, SessionTally> later) {
        List<String> joined = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> stayed = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        TreeSet<String> upns = new TreeSet<>(earlier.keySet());
        upns.addAll(later.keySet());
        for (String upn : upns) {
            SessionTally before = earlier.getOrDefault(upn, SessionTally.EMPTY);
            SessionTally after = later.getOrDefault(upn, SessionTally.EMPTY);
            boolean wasPa = before.isPersistentAbsence();
            if (after.isPersistentAbsence()) {
                (wasPa ? stayed : joined).add(upn);
            } else if (wasPa) {
                (after.isMeasured() ? left : gone).add(upn);
            }
        }
        return new PaMovement(joined, left, stayed, gone);
    }

    public int newToPaCount() {
        return newToPa.size();
    }

    public int leftPaCount() {
        return leftPa.size();
    }

    public int stayedPaCount() {
        return stayedPa.size();
    }
}
