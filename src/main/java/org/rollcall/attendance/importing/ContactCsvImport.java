package org.rollcall.attendance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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
    static final List<String> REQUIRED = List.of(
            "upn",
            "contact_name",
            "relationship",
            "email",
            "address",
            "priority",
            "receives_correspondence",
            "channel");

    record ContactRow(
            String name,
            String relationship,
            Optional<String> email,
            Optional<String> address,
            int priority,
            boolean receives,
            Contact.Channel channel) {
        static ContactRow of(Contact c) {
            return new ContactRow(
                    c.getName(),
                    c.getRelationship(),
                    c.getEmail(),
                    c.getAddress(),
                    c.getPriority(),
                    c.isReceivesCorrespondence(),
                    c.getChannel());
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
        Map<String, List<ContactRow>> byPupil = ContactRows.read(table, csv, known.keySet(), errors);
        errors.throwIfAny(fileName);
        return write(known, fileName, byPupil, UnknownColumns.warnings(table, REQUIRED, List.of()));
    }

    private ImportResult write(
            Map<String, Pupil> known, String fileName, Map<String, List<ContactRow>> byPupil, List<String> warnings) {
        int added = 0;
        int changed = 0;
        int rows = 0;
        for (Map.Entry<String, List<ContactRow>> entry : byPupil.entrySet()) {
            Pupil pupil = known.get(entry.getKey());
            List<Contact> current = em.createQuery(
                            "select c from Contact c where c.pupil = :p order by c.priority, c.id", Contact.class)
                    .setParameter("p", pupil)
                    .getResultList();
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
            wanted.forEach(c -> em.persist(new Contact(
                    pupil,
                    c.name(),
                    c.relationship(),
                    c.email(),
                    c.address(),
                    c.priority(),
                    c.receives(),
                    c.channel())));
        }
        return new ImportResult(null, fileName, "contacts", rows, added, changed, rows - added - changed, warnings);
    }
}
