package org.rollcall.attendance.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.Contact;

class ContactRowsTest {
    private static final String HEADER =
            "upn,contact_name,relationship,email,address,priority,receives_correspondence,channel\n";

    private final ImportErrors errors = new ImportErrors();

    private Map<String, List<ContactCsvImport.ContactRow>> read(String rows) {
        return ContactRows.read(
                new CsvTable("contacts.csv", ContactCsvImport.REQUIRED),
                new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)),
                Set.of("Q999060025001"),
                errors);
    }

    private List<String> reasons() {
        return errors.listed().stream()
                .map(e -> e.line() + " " + e.field() + ": " + e.reason())
                .toList();
    }

    @Test
    void aMotherByEmailAndAFatherByPost() {
        Map<String, List<ContactCsvImport.ContactRow>> contacts =
                read("Q999060025001,Amina Ahmed,Mother,amina@example.org,,1,Y,email\n"
                        + "Q999060025001,Omar Ahmed,Father,,\"1 High Street, Oakfield\",2,N,POST\n");
        assertEquals(List.of(), reasons());
        assertEquals(
                List.of(
                        new ContactCsvImport.ContactRow(
                                "Amina Ahmed",
                                "Mother",
                                Optional.of("amina@example.org"),
                                Optional.empty(),
                                1,
                                true,
                                Contact.Channel.EMAIL),
                        new ContactCsvImport.ContactRow(
                                "Omar Ahmed",
                                "Father",
                                Optional.empty(),
                                Optional.of("1 High Street, Oakfield"),
                                2,
                                false,
                                Contact.Channel.POST)),
                contacts.get("Q999060025001"));
    }

    @Test
    void eachBrokenRuleIsReportedWithItsLine() {
        read("E999060025002,Tom's mum,Mother,mum@example.org,,1,Y,email\n"
                + "Q999060025001,Amina Ahmed,Mother,amina-at-example,,0,Y,email\n"
                + "Q999060025001,Omar Ahmed,Father,,,2,Y,post\n"
                + "Q999060025001,Gran,,,,3,Y,pigeon\n");
        assertEquals(
                List.of(
                        "2 upn: no pupil with this UPN at this school; import the pupils first",
                        "3 email: not an email address",
                        "3 priority: priority must be a whole number from 1 (first contact) to 99",
                        "4 address: a contact who receives post needs an address",
                        "5 relationship: relationship is required",
                        "5 channel: channel must be email or post"),
                reasons());
    }
}
