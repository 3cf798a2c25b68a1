package org.rollcall.attendance.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rollcall.attendance.Contact;
import org.rollcall.attendance.importing.ContactCsvImport.ContactRow;

/**
 * The rules a row of a contacts CSV follows: the pupil is on the school's roll, a name and a
 * relationship, a priority from 1 to 99, and a channel the contact can be reached by (email needs
 * an address that looks like one, post needs a postal address).
 */
final class ContactRows {
    private ContactRows() {}

    /** Every row checked; errors go to {@code errors}, the contacts grouped by the pupil's UPN. */
    static Map<String, List<ContactRow>> read(
            CsvTable table, InputStream csv, Set<String> knownUpns, ImportErrors errors) {
        Map<String, List<ContactRow>> byPupil = new LinkedHashMap<>();
        errors.addAll(table.read(csv, row -> check(new FieldReader(table, row, errors), knownUpns, byPupil)));
        return byPupil;
    }

    static void check(FieldReader f, Set<String> known, Map<String, List<ContactRow>> byPupil) {
        String upn = f.text("upn").toUpperCase(Locale.ROOT);
        if (!known.contains(upn)) {
            f.fail("upn", upn, "no pupil with this UPN at this school; import the pupils first");
        }
        String name = f.required("contact_name");
        String relationship = f.required("relationship");
        Optional<String> email = f.optionalText("email");
        email.filter(e -> !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))
                .ifPresent(e -> f.fail("email", e, "not an email address"));
        Optional<String> address = f.optionalText("address");
        int priority = priority(f);
        Optional<Boolean> receives = f.yesNo("receives_correspondence");
        String channelText = f.text("channel").toUpperCase(Locale.ROOT);
        Contact.Channel channel = Contact.Channel.EMAIL;
        if (channelText.equals("POST")) {
            channel = Contact.Channel.POST;
            if (address.isEmpty()) {
                f.fail("address", "", "a contact who receives post needs an address");
            }
        } else if (channelText.equals("EMAIL")) {
            if (email.isEmpty()) {
                f.fail("email", "", "a contact who receives email needs an email address");
            }
        } else {
            f.fail("channel", f.text("channel"), "channel must be email or post");
        }
        byPupil.computeIfAbsent(upn, k -> new ArrayList<>())
                .add(new ContactRow(name, relationship, email, address, priority, receives.orElse(false), channel));
    }

    private static int priority(FieldReader f) {
        String text = f.text("priority");
        try {
            int priority = Integer.parseInt(text);
            if (priority >= 1 && priority <= 99) {
                return priority;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        f.fail("priority", text, "priority must be a whole number from 1 (first contact) to 99");
        return 99;
    }
}
