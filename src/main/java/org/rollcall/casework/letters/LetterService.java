package org.rollcall.casework.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.attendance.Contact;
import org.rollcall.attendance.Pupil;
import org.rollcall.attendance.statistics.counting.AcademicCalendar;
import org.rollcall.casework.CaseworkQuery;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.intervention.Intervention;
import org.rollcall.casework.intervention.InterventionFields;
import org.rollcall.casework.intervention.InterventionService;
import org.rollcall.casework.intervention.InterventionValidator;
import org.rollcall.delivery.Document;
import org.rollcall.delivery.DocumentArchive;
import org.rollcall.delivery.DocumentSubject;
import org.rollcall.delivery.MailOutbox;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.school.School;

/**
 * Sends a stage letter: check the request, write one letter per contact who receives
 * correspondence, then in one transaction archive each (kind {@code LETTER}), queue the emailed ones
 * or put the others in the print file, and record the intervention. Every PDF is rendered before
 * anything is stored, so a failure leaves nothing half sent. The caller asks the outbox to send once
 * the transaction has committed.
 */
@ApplicationScoped
public class LetterService {

    static final String KIND = "LETTER";

    /** What was written to one contact. */
    public record Sent(CaseworkLetter letter, Optional<String> email) {}

    @Inject
    InterventionService interventions;

    @Inject
    LetterRepository letters;

    @Inject
    LetterAssembler assembler;

    @Inject
    JasperRenderer renderer;

    @Inject
    DocumentArchive archive;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    /** @return the intervention recorded and the letters written */
    @Transactional
    public List<Sent> send(School school, String upn, JsonObject body, String user) {
        LocalDate today = LocalDate.now(clock);
        InterventionFields fields = InterventionValidator.create(interventionBody(body, today, user), today);
        LocalDate asOf =
                CaseworkQuery.optionalDate("asOf", body.getString("asOf", null)).orElse(today);
        Pupil pupil = interventions.pupil(school, upn);
        List<Contact> contacts = letters.recipients(pupil);
        if (contacts.isEmpty()) {
            throw ProblemException.unprocessable(
                    "No letter was written: no contact of pupil " + upn
                            + " receives correspondence (import contacts with receives_correspondence=Y)",
                    List.of());
        }
        List<LetterDocument> documents = assembler.assemble(school, pupil, contacts, fields, asOf);
        List<byte[]> pdfs = documents.stream().map(d -> d.render(renderer)).toList();
        Intervention intervention = interventions.record(pupil, withOutcome(fields, contacts), user);
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            sent.add(deliver(school, intervention, contacts.get(i), documents.get(i), pdfs.get(i), asOf, user));
        }
        return sent;
    }

    private Sent deliver(
            School school,
            Intervention intervention,
            Contact contact,
            LetterDocument letter,
            byte[] pdf,
            LocalDate asOf,
            String user) {
        LocalDate yearStart = AcademicCalendar.academicYearStart(asOf);
        Pupil pupil = intervention.getPupil();
        // about the pupil (UPN, form, year), so a subject access export carries the letter
        Document document = archive.store(
                school,
                KIND,
                letter.title(),
                AcademicCalendar.academicYearLabel(asOf),
                yearStart,
                asOf,
                user,
                DocumentSubject.pupil(pupil.getUpn(), pupil.getForm(), pupil.getYearGroup()),
                pdf);
        Optional<String> email = contact.getChannel() == Contact.Channel.EMAIL ? contact.getEmail() : Optional.empty();
        email.ifPresent(to -> outbox.queue(school, null, document, to, letter.title(), covering(contact, letter)));
        CaseworkLetter row = new CaseworkLetter(
                intervention,
                document,
                contact.getName(),
                contact.getChannel(),
                email.isPresent() ? CaseworkLetter.Status.EMAILED : CaseworkLetter.Status.TO_PRINT,
                LocalDateTime.now(clock));
        letters.add(row);
        return new Sent(row, email);
    }

    /** The letter's request as an intervention: dated today, owned by the sender unless the body names an owner. */
    private static JsonObject interventionBody(JsonObject body, LocalDate today, String user) {
        String type = body.getString("type", "");
        if (!LetterWording.LETTERS.contains(parse(type))) {
            throw ProblemException.unprocessable(
                    "No letter was written",
                    List.of(Problem.FieldError.of("type", type, "must be one of " + LetterWording.LETTERS)));
        }
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", type)
                .add("date", today.toString())
                .add("owner", body.getString("owner", user));
        if (parse(type) == InterventionType.NOTICE_TO_IMPROVE) {
            b.add(
                    "improvementPeriodEnds",
                    body.getString("improvementPeriodEnds", today.plusWeeks(4).toString()));
        }
        return b.build();
    }

    private static InterventionType parse(String type) {
        try {
            return InterventionType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return InterventionType.OTHER;
        }
    }

    private static InterventionFields withOutcome(InterventionFields f, List<Contact> contacts) {
        long emailed = contacts.stream()
                .filter(c ->
                        c.getChannel() == Contact.Channel.EMAIL && c.getEmail().isPresent())
                .count();
        String outcome = "Letter written to " + contacts.size() + (contacts.size() == 1 ? " contact: " : " contacts: ")
                + emailed + " by email, " + (contacts.size() - emailed) + " to print and post";
        return new InterventionFields(
                f.type(),
                f.date(),
                f.owner(),
                f.notes(),
                Optional.of(outcome),
                f.reviewDate(),
                f.improvementPeriodEnds(),
                f.parent(),
                f.penaltyStatus());
    }

    private static String covering(Contact contact, LetterDocument letter) {
        return "Dear " + contact.getName() + ",\n\n"
                + "Please find attached a letter from " + letter.schoolName() + " about your child's attendance.\n\n"
                + "If you would like to talk about it, please reply to this email or contact the school office.\n\n"
                + letter.schoolName() + "\n";
    }
}
