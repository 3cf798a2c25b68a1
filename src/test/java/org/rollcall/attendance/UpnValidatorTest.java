package org.rollcall.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpnValidatorTest {

    private final UpnValidator validator = new UpnValidator();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "B801200005001", // the python-stdnum example
                "P207000016049", // the MIS suppliers' worked example, with its arithmetic put right (see below)
                "A000000000000", // all zeros sum to 0: A
            })
    void acceptsUpnsWithTheRightCheckLetter(String upn) {
        assertTrue(validator.isValid(upn), () -> upn + ": " + validator.problem(upn));
    }

    @Test
    void theWorkedExampleShowsTheSum() {
        // A published MIS help page works B207000016049 through as "(2x2)+(4x7)+(9x1)+(10x6)+(12x4)+(13x9)=267,
        // remainder 13, so Q". The products add to 266, and 13 is P in its own table (P=13, Q=14):
        // P is right, and Q207000016049 is not a valid UPN.
        int sum = 2 * 2 + 4 * 7 + 9 * 1 + 10 * 6 + 12 * 4 + 13 * 9;
        assertEquals(266, sum);
        assertEquals(13, sum % 23);
        assertEquals('P', UpnValidator.checkLetter("207000016049"));
        assertFalse(validator.isValid("Q207000016049"));
    }

    @Test
    void saysWhichLetterWasExpected() {
        assertEquals(
                Optional.of("UPN check letter is wrong: expected P but found B"), validator.problem("B207000016049"));
        assertFalse(validator.isValid("A801200005001"));
    }

    @Test
    void acceptsATemporaryUpnWhoseLastCharacterIsALetter() {
        // Temporary UPN: the final letter counts as its place in the check alphabet (A=0 ... Z=22).
        String body = "80120000500A";
        char letter = UpnValidator.checkLetter(body);
        // Same digits as B801200005001 but the last digit 1 (x13) becomes A=0: 13 less, mod 23.
        int permanent = UpnValidator.CHECK_LETTERS.indexOf('B');
        assertEquals(UpnValidator.CHECK_LETTERS.charAt(Math.floorMod(permanent - 13, 23)), letter);
        assertTrue(validator.isValid(letter + body));
        assertEquals('B', UpnValidator.checkLetter("801200005001"));
    }

    @Test
    void refusesTheWrongLength() {
        assertEquals(Optional.of("UPN must be 13 characters, this one has 12"), validator.problem("B80120000500"));
        assertEquals(Optional.of("UPN is missing"), validator.problem(""));
        assertEquals(Optional.of("UPN is missing"), validator.problem(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"b801200005001", "I801200005001", "1801200005001"})
    void refusesABadFirstCharacter(String upn) {
        assertTrue(validator.problem(upn).orElseThrow().contains("check letter"), upn);
    }

    @Test
    void refusesLettersInTheMiddleAndForbiddenLastLetters() {
        assertEquals(Optional.of("UPN character 6 must be a digit, found 'A'"), validator.problem("X8012A0005001"));
        assertTrue(validator.problem("B80120000500O").orElseThrow().contains("temporary UPN"));
        assertTrue(validator.problem("B80120000500S").orElseThrow().contains("temporary UPN"));
        assertTrue(validator.problem("B80120000500a").orElseThrow().contains("temporary UPN"));
    }

    @Test
    void checkLetterNeedsTwelveCharacters() {
        assertThrows(IllegalArgumentException.class, () -> UpnValidator.checkLetter("123"));
    }
}
