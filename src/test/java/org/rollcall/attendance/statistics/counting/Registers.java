package org.rollcall.attendance.statistics.counting;

import java.time.LocalDate;

/** Test fixtures: small registers written as text, e.g. {@code "/*9 N"} is nine presents and one N. */
public final class Registers {

    public static final RegisterCodeBook CODES = StandardCodes.book();
    public static final LocalDate AFTER_2024 = LocalDate.of(2025, 1, 6);

    private Registers() {}

    /** Space-separated codes, each optionally {@code *count}; categories as on 6 January 2025. */
    public static SessionTally tally(String register) {
        return tallyOn(register, AFTER_2024);
    }

    public static SessionTally tallyOn(String register, LocalDate date) {
        SessionTally.Builder b = SessionTally.builder();
        for (String token : register.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int star = token.lastIndexOf('*');
            String code = star > 0 ? token.substring(0, star) : token;
            long n = star > 0 ? Long.parseLong(token.substring(star + 1)) : 1;
            b.add(code, CODES.categoryOf(code, date), n);
        }
        return b.build();
    }

    /** A pupil attending {@code attended} of {@code possible} sessions, the rest unauthorised (N). */
    public static SessionTally attending(long attended, long possible) {
        return tally("/*" + attended + " N*" + (possible - attended));
    }
}
