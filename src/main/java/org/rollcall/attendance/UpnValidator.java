package org.rollcall.attendance;

import java.util.Optional;

/**
 * Checks a Unique Pupil Number against the DfE rule.
 *
 * <p>A UPN is 13 characters: a check letter, then the local authority code (3 digits), the
 * establishment number (4), the year of allocation (2) and a serial number (3). The check letter
 * is worked out from the 12 characters after it: each is multiplied by its position (2 to 13),
 * the products are added, and the remainder after dividing by 23 picks a letter from
 * {@value #CHECK_LETTERS}. A temporary UPN ends in a letter instead of the last digit; that letter
 * counts as its position in the same alphabet (A=0 to Z=22), which is why I, O and S never appear.
 */
public final class UpnValidator {

    /** The 23 letters the DfE uses, in order of value: no I, O or S (too like 1, 0 and 5). */
    public static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private static final int LENGTH = 13;

    /** True when the UPN is well formed and its check letter is right. */
    public boolean isValid(String upn) {
        return problem(upn).isEmpty();
    }

    /** Why the UPN is not valid, in words an office could act on; empty when it is valid. */
    public Optional<String> problem(String upn) {
        if (upn == null || upn.isBlank()) {
            return Optional.of("UPN is missing");
        }
        if (upn.length() != LENGTH) {
            return Optional.of("UPN must be 13 characters, this one has " + upn.length());
        }
        if (CHECK_LETTERS.indexOf(upn.charAt(0)) < 0) {
            return Optional.of(
                    "UPN must start with a capital check letter (not I, O or S), found '" + upn.charAt(0) + "'");
        }
        for (int i = 1; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(upn.charAt(i))) {
                return Optional.of("UPN character " + (i + 1) + " must be a digit, found '" + upn.charAt(i) + "'");
            }
        }
        char last = upn.charAt(LENGTH - 1);
        if (!isAsciiDigit(last) && CHECK_LETTERS.indexOf(last) < 0) {
            return Optional.of("UPN must end in a digit, or for a temporary UPN a capital letter other than I, O or S;"
                    + " found '" + last + "'");
        }
        char expected = checkLetter(upn.substring(1));
        if (upn.charAt(0) != expected) {
            return Optional.of("UPN check letter is wrong: expected " + expected + " but found " + upn.charAt(0));
        }
        return Optional.empty();
    }

    /**
     * The check letter for the 12 characters that follow it (11 digits and a last digit or letter).
     *
     * @throws IllegalArgumentException if the body is not 11 digits followed by a digit or an allowed letter
     */
    public static char checkLetter(CharSequence body) {
        if (body.length() != LENGTH - 1) {
            throw new IllegalArgumentException("A UPN body has 12 characters, got " + body.length());
        }
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += valueOf(body.charAt(i), i == body.length() - 1) * (i + 2);
        }
        return CHECK_LETTERS.charAt(sum % CHECK_LETTERS.length());
    }

    private static int valueOf(char c, boolean lastPosition) {
        if (isAsciiDigit(c)) {
            return c - '0';
        }
        int letter = CHECK_LETTERS.indexOf(c);
        if (lastPosition && letter >= 0) {
            return letter;
        }
        throw new IllegalArgumentException("Not allowed in a UPN at this position: '" + c + "'");
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
