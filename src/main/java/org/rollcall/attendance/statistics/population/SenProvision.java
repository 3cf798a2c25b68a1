package org.rollcall.attendance.statistics.population;

import java.util.Arrays;

/** Special educational needs provision, with its census code (N, K, E). */
public enum SenProvision {
    NONE("N", "No SEN"),
    SEN_SUPPORT("K", "SEN support"),
    EHCP("E", "EHC plan");

    private final String code;
    private final String label;

    SenProvision(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException for anything but N, K or E */
    public static SenProvision ofCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code.equals(code))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("Unknown SEN provision code '" + code + "' (expected N, K or E)"));
    }
}
