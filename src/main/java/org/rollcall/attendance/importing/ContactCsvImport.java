package org.rollcall.attendance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rollcall.attendance.Contact;
import org.rollcall.attendance.Pupil;
import org.rollcall.attendance.PupilRepository;
import org.rollcall.school.School;

/**
 * Contacts CSV: {@code upn,contact_name,relationship,email,address,priority,receives_correspondence,channel}.
 * The file is the MIS's full list for each pupil it names: those pupils' contacts are replaced.
 * Every row is checked first; runs inside the caller's transaction.
 */
@ApplicationScoped
public class ContactCsvImport {
    static final List<String> REQUIRED = List.of("upn", "contact_name", "relationship", "email", "address", "priority",
            "receives_correspondence", "channel");

    record ContactRow(String name, String relationship, Optional<String> email, Optional<String> address, int priority,
                      boolean receives, Contact.Channel channel) {
        static ContactRow of(Contact c) {
            return new ContactRow(c.getName(), c.getRelationship(), c.getEmail(), c.getAddress(), c.getPriority(),
                    c.isReceivesCorrespondence(), c.getChannel());
        }
    }

    @PersistenceContext(unitName = "rollcall")
    EntityManager em;

    @Inject
    PupilRepository pupils;

    public ImportResult apply(School school, String fileName, InputStream csv) {
        Map<String, Pupil> known = pupils.byUpn(school);
        CsvTable table = new CsvTable(fileName, REQUIRED);
        ImportErrors errors = new ImportErrors();
        Map<String, List<ContactRow>> byPupil = new LinkedHashMap<>();
        errors.addAll(table.read(csv, row -> check(new FieldReader(table, row, errors), known, byPupil)));
        errors.throwIfAny(fileName);
        return write(known, fileName, byPupil, UnknownColumns.warnings(table, REQUIRED, List.of()));
    }

    private static void check(FieldReader f, Map<String, Pupil> known, Map<String, List<ContactRow>> byPupil) {
        String upn = f.text("upn").toUpperCase(Locale.ROOT);
        if (!known.containsKey(upn)) {
            f.fail("upn", upn, "no pupil with this UPN at this school; import the pupils first");
        }
        String name = f.required("contact_name");
        String relationship = f.required("relationship");
        Optional<String> email = f.optionalText("email");
        email.filter(e -> !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")).ifPresent(e -> f.fail("email", e, "not an email address"));
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

    private ImportResult write(Map<String, Pupil> known, String fileName, Map<String, List<ContactRow>> byPupil,
                               List<String> warnings) {
        int added = 0;
        int changed = 0;
        int rows = 0;
        for (Map.Entry<String, List<ContactRow>> entry : byPupil.entrySet()) {
            Pupil pupil = known.get(entry.getKey());
            List<Contact> current = em.createQuery("select c from Contact c where c.pupil = :p order by c.priority, c.id", Contact.class)
                    .setParameter("p", pupil).getResultList();
            List<ContactRow> wanted = new ArrayList<>(entry.getValue());
            wanted.sort(java.util.Comparator.comparingInt(ContactRow::priority));
            rows += wanted.size();
            if (current.stream().map(ContactRow::of).toList().equals(wanted)) {
                continue;
            }
            if (current.isEmpty()) {
                added += wanted.size();
            } else {
                changed += wanted.size();
            }
            current.forEach(em::remove);
            wanted.forEach(c -> em.persist(new Contact(pupil, c.name(), c.relationship(), c.email(), c.address(),
                    c.priority(), c.receives(), c.channel())));
        }
        return new ImportResult(null, fileName, "contacts", rows, added, changed, rows - added - changed, warnings);
    }
}
