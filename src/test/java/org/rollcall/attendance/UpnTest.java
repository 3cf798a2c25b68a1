package org.rollcall.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpnTest {

    @Test
    void aUpnWithItsRightCheckLetterIsAcceptedInAnyCase() {
        assertEquals(Optional.of(new Upn("Q999060025001")), Upn.parse("q999060025001"));
        assertEquals("Q999060025001", new Upn("Q999060025001").toString());
    }

    @Test
    void aWrongCheckLetterIsNoUpn() {
        // the body 999060025001 needs the check letter Q
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Upn("A999060025001"));
        assertEquals("UPN check letter is wrong: expected Q but found A", e.getMessage());
        assertEquals(Optional.empty(), Upn.parse("A999060025001"));
        assertEquals(Optional.empty(), Upn.parse("A999999999999"));
        assertEquals(Optional.empty(), Upn.parse(null));
    }
}
