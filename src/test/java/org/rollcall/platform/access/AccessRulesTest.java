package org.rollcall.platform.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.platform.Roles;

/** The rules of who sees what, as worked examples. */
class AccessRulesTest {
    private static final String OAK = "100001";
    private static final String ELM = "100002";

    private static Grants user(String role, Set<String> forms, Set<String> years) {
        return new Grants("u", Set.of(role), Set.of(OAK), forms, years);
    }

    @Test
    void aRoleAppliesOnlyInTheUsersSchoolsButAdminEverywhere() {
        Grants lead = user(Roles.ATTENDANCE_LEAD, Set.of(), Set.of());
        assertTrue(lead.inSchool(OAK));
        assertFalse(lead.inSchool(ELM));
        Grants admin = new Grants("a", Set.of(Roles.ADMIN), Set.of(), Set.of(), Set.of());
        assertTrue(admin.inSchool(ELM));
        Grants trustLead = new Grants("t", Set.of(Roles.ATTENDANCE_LEAD), Set.of(OAK, ELM), Set.of(), Set.of());
        assertTrue(
                trustLead.inSchool(OAK) && trustLead.inSchool(ELM),
                "a lead of several schools is a lead with several URNs");
    }

    @Test
    void aTutorOf7ASees7AAndTheirYearGroupButNot7B() {
        Grants tutor = user(Roles.TUTOR, Set.of("7A"), Set.of());
        assertTrue(tutor.mayReadPupil("7A", "7"));
        assertFalse(tutor.mayReadPupil("7B", "7"));
        Grants headOfYear = user(Roles.TUTOR, Set.of(), Set.of("8"));
        assertTrue(headOfYear.mayReadPupil("8C", "8"));
        assertFalse(headOfYear.mayReadPupil("7A", "7"));
        assertTrue(user(Roles.HEADTEACHER, Set.of(), Set.of()).mayReadPupil("7B", "7"));
    }

    @Test
    void aGovernorIsGovernorOnlyUnlessTheyAlsoHoldAStaffRole() {
        assertTrue(user(Roles.GOVERNOR, Set.of(), Set.of()).governorOnly());
        assertFalse(new Grants("g", Set.of(Roles.GOVERNOR, Roles.HEADTEACHER), Set.of(OAK), Set.of(), Set.of())
                .governorOnly());
        assertFalse(user(Roles.GOVERNOR, Set.of(), Set.of()).mayReadPupil("7A", "7"));
    }

    @Test
    void eachDocumentKindHasItsAudience() {
        Grants governor = user(Roles.GOVERNOR, Set.of(), Set.of());
        Grants tutor7A = user(Roles.TUTOR, Set.of("7A"), Set.of("8"));
        Grants head = user(Roles.HEADTEACHER, Set.of(), Set.of());
        Optional<String> none = Optional.empty();
        assertTrue(DocumentAudience.mayRead(governor, "GOVERNOR_PACK", OAK, none, none));
        assertTrue(DocumentAudience.mayRead(governor, "SEF_SECTION", OAK, none, none));
        assertFalse(DocumentAudience.mayRead(governor, "GOVERNOR_PACK", ELM, none, none), "not another school's pack");
        for (String pupilLevel : new String[] {"PARENT_PRINTOUT", "PARENT_PRINT_FILE", "LETTER"}) {
            assertFalse(DocumentAudience.mayRead(governor, pupilLevel, OAK, none, none), pupilLevel);
            assertFalse(DocumentAudience.mayRead(tutor7A, pupilLevel, OAK, none, none), pupilLevel);
            assertTrue(DocumentAudience.mayRead(head, pupilLevel, OAK, none, none), pupilLevel);
        }
        assertTrue(DocumentAudience.mayRead(tutor7A, "STAFF_DATA_FORM", OAK, Optional.of("7A"), none));
        assertFalse(DocumentAudience.mayRead(tutor7A, "STAFF_DATA_FORM", OAK, Optional.of("7B"), none));
        assertTrue(DocumentAudience.mayRead(tutor7A, "STAFF_DATA_YEAR", OAK, none, Optional.of("8")));
        assertFalse(DocumentAudience.mayRead(tutor7A, "STAFF_DATA_YEAR", OAK, none, Optional.of("9")));
        assertFalse(DocumentAudience.mayRead(tutor7A, "GOVERNOR_PACK", OAK, none, none));
        assertFalse(DocumentAudience.mayRead(governor, "STAFF_DATA_FORM", OAK, Optional.of("7A"), none));
    }

    @Test
    void theStaffListAddsTheStaffDataOfTheGroupsItAssigns() {
        Grants tutor = user(Roles.TUTOR, Set.of(), Set.of());
        Set<ScopeLookup.StaffGroup> year8 = Set.of(new ScopeLookup.StaffGroup(OAK, "YEAR", "8"));
        Optional<String> none = Optional.empty();
        assertTrue(DocumentAudience.mayRead(tutor, year8, "STAFF_DATA_YEAR", OAK, none, Optional.of("8")));
        assertFalse(DocumentAudience.mayRead(tutor, year8, "STAFF_DATA_YEAR", OAK, none, Optional.of("9")));
        assertFalse(DocumentAudience.mayRead(tutor, year8, "STAFF_DATA_FORM", OAK, Optional.of("8"), none));
        assertFalse(DocumentAudience.mayRead(tutor, year8, "PARENT_PRINTOUT", OAK, none, Optional.of("8")));
        Set<ScopeLookup.StaffGroup> elsewhere = Set.of(new ScopeLookup.StaffGroup(ELM, "YEAR", "8"));
        assertFalse(
                DocumentAudience.mayRead(tutor, elsewhere, "STAFF_DATA_YEAR", ELM, none, Optional.of("8")),
                "only in a school where the user holds a role");
    }

    @Test
    void failedLoginsWaitLongerEachTime() {
        assertEquals(Duration.ZERO, LoginDelay.after(0));
        assertEquals(Duration.ZERO, LoginDelay.after(2));
        assertEquals(Duration.ofSeconds(1), LoginDelay.after(3));
        assertEquals(Duration.ofSeconds(2), LoginDelay.after(4));
        assertEquals(Duration.ofSeconds(16), LoginDelay.after(7));
        assertEquals(Duration.ofSeconds(30), LoginDelay.after(8));
        assertEquals(Duration.ofSeconds(30), LoginDelay.after(500));
    }

    @Test
    void basicCredentialsAreReadFromTheHeader() {
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString("ann.lead:pass:with:colons".getBytes());
        assertEquals(Optional.of(new LoginGate.Credentials("ann.lead", "pass:with:colons")), LoginGate.basic(header));
        assertEquals(Optional.empty(), LoginGate.basic("Bearer abc"));
        assertEquals(Optional.empty(), LoginGate.basic("Basic !!!"));
        assertEquals(Optional.empty(), LoginGate.basic(null));
    }
}
