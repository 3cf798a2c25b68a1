package org.rollcall.casework.intervention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.Pupil;
import org.rollcall.casework.InterventionType;
import org.rollcall.delivery.AuditLog;
import org.rollcall.platform.ProblemException;
import org.rollcall.school.School;

/** Records, corrects and lists interventions. Nothing here logs: notes and outcomes are pupil data. */
@ApplicationScoped
public class InterventionService {

    @Inject
    InterventionRepository interventions;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional
    public Intervention record(School school, String upn, JsonObject body, String user) {
        return record(pupil(school, upn), InterventionValidator.create(body, LocalDate.now(clock)), user);
    }

    /** Records already checked values (a letter sent, for instance). */
    @Transactional
    public Intervention record(Pupil pupil, InterventionFields fields, String user) {
        Intervention intervention = new Intervention(pupil, fields, user, LocalDateTime.now(clock));
        interventions.add(intervention);
        audit.record(user, "RECORDED", subject(intervention));
        return intervention;
    }

    @Transactional
    public Intervention update(School school, String upn, long id, JsonObject body, String user) {
        Pupil pupil = pupil(school, upn);
        Intervention intervention = interventions
                .find(pupil, id)
                .orElseThrow(() -> ProblemException.notFound("Pupil " + upn + " has no intervention " + id));
        intervention.apply(
                InterventionValidator.patch(intervention.fields(), body, LocalDate.now(clock)),
                LocalDateTime.now(clock));
        audit.record(user, "CORRECTED", subject(intervention));
        return intervention;
    }

    public List<Intervention> ofPupil(School school, String upn) {
        return interventions.ofPupil(pupil(school, upn));
    }

    public List<Intervention> ofSchool(School school, LocalDate from, LocalDate to, Optional<InterventionType> type) {
        return interventions.ofSchool(school, from, to, type);
    }

    // the audit trail names the record and the school, never the pupil
    private static String subject(Intervention i) {
        return i.getType() + " intervention " + i.getId() + " for school "
                + i.getPupil().getSchool().getUrn();
    }

    public Pupil pupil(School school, String upn) {
        return interventions
                .pupil(school, upn)
                .orElseThrow(
                        () -> ProblemException.notFound("No pupil with UPN " + upn + " at school " + school.getUrn()));
    }
}
