package org.rollcall.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrnTest {

    @Test
    void aUrnIsFiveToEightDigits() {
        assertEquals(Optional.of(new Urn("100000")), Urn.parse("100000"));
        assertEquals("12345678", new Urn("12345678").value());
        assertEquals(Optional.empty(), Urn.parse("1234"));
        assertEquals(Optional.empty(), Urn.parse("123456789"));
        assertEquals(Optional.empty(), Urn.parse("10000a"));
        assertEquals(
                "A URN is 5 to 8 digits, not 'abc'",
                assertThrows(IllegalArgumentException.class, () -> new Urn("abc"))
                        .getMessage());
    }
}
