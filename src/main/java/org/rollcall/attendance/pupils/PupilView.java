package org.rollcall.attendance.pupils;

import java.time.LocalDate;
import java.util.List;
import org.rollcall.attendance.Contact;
import org.rollcall.attendance.Enrolment;
import org.rollcall.attendance.Pupil;
import org.rollcall.attendance.PupilDetails;

/** A pupil as the API shows it; contacts and spells only on the single-pupil view. */
public record PupilView(
        String upn,
        String surname,
        String forename,
        String yearGroup,
        String form,
        LocalDate dob,
        String gender,
        Boolean fsm,
        Boolean disadvantaged,
        String sen,
        Boolean eal,
        String ethnicity,
        Boolean lookedAfter,
        Boolean childInNeed,
        Boolean youngCarer,
        LocalDate admissionDate,
        LocalDate leavingDate,
        List<Spell> enrolments,
        List<ContactView> contacts) {

    public record Spell(LocalDate admissionDate, LocalDate leavingDate) {}

    public record ContactView(
            String name,
            String relationship,
            String email,
            String address,
            int priority,
            boolean receivesCorrespondence,
            String channel) {}

    static PupilView summary(Pupil p) {
        return of(p, null, null);
    }

    static PupilView full(Pupil p, List<Contact> contacts) {
        return of(p, p.getEnrolments(), contacts);
    }

    private static PupilView of(Pupil p, List<Enrolment> spells, List<Contact> contacts) {
        PupilDetails d = p.details();
        return new PupilView(
                p.getUpn(),
                d.surname(),
                d.forename(),
                d.yearGroup(),
                d.form(),
                d.dob().orElse(null),
                d.gender().orElse(null),
                d.fsm().orElse(null),
                d.disadvantaged().orElse(null),
                d.sen().orElse(null),
                d.eal().orElse(null),
                d.ethnicity().orElse(null),
                d.lookedAfter().orElse(null),
                d.childInNeed().orElse(null),
                d.youngCarer().orElse(null),
                p.getAdmissionDate().orElse(null),
                p.getLeavingDate().orElse(null),
                spells == null
                        ? null
                        : spells.stream()
                                .map(e -> new Spell(
                                        e.getAdmissionDate(), e.getLeavingDate().orElse(null)))
                                .toList(),
                contacts == null
                        ? null
                        : contacts.stream()
                                .map(c -> new ContactView(
                                        c.getName(),
                                        c.getRelationship(),
                                        c.getEmail().orElse(null),
                                        c.getAddress().orElse(null),
                                        c.getPriority(),
                                        c.isReceivesCorrespondence(),
                                        c.getChannel().name().toLowerCase()))
                                .toList());
    }
}
