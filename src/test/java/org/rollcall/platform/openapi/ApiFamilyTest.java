package org.rollcall.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each endpoint's family is the longest prefix that matches whole segments. */
class ApiFamilyTest {

    @Test
    void theLongestMatchingPrefixWins() {
        assertEquals(Optional.of(ApiFamily.SCHOOLS), ApiFamily.of("/schools/{urn}/calendar"));
        assertEquals(Optional.of(ApiFamily.PUPILS), ApiFamily.of("/schools/{urn}/pupils/{upn}/register"));
        assertEquals(Optional.of(ApiFamily.ATTENDANCE), ApiFamily.of("/schools/{urn}/pupils/{upn}/attendance/target"));
        assertEquals(Optional.of(ApiFamily.CASEWORK), ApiFamily.of("/schools/{urn}/interventions/impact"));
        assertEquals(Optional.of(ApiFamily.IMPORTS), ApiFamily.of("/schools/{urn}/{kind}"));
    }

    @Test
    void aPrefixMatchesWholeSegmentsOnly() {
        assertEquals(Optional.of(ApiFamily.AUDIT_TRAIL), ApiFamily.of("/audit"));
        assertEquals(Optional.of(ApiFamily.SELF_EVALUATION), ApiFamily.of("/audits/{id}/synthesis"));
        assertEquals(Optional.empty(), ApiFamily.of("/healthz"));
        assertEquals(Optional.empty(), ApiFamily.of("/reports"));
    }
}
