package org.rollcall.attendance.measure;

import java.util.Map;

/** One pupil's sessions in a window, by register code, while on roll. */
public record PupilCounts(long pupilId, String yearGroup, String form, Map<String, Integer> byCode) {
    public PupilCounts {
        byCode = Map.copyOf(byCode);
    }
}
