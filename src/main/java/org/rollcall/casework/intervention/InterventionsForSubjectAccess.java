package org.rollcall.casework.intervention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.rollcall.attendance.pupils.SubjectAccessSection;
import org.rollcall.school.SchoolService;

/**
 * The pupil's casework in a subject access export: every intervention recorded about them, with its
 * notes and outcome, exactly as the interventions endpoint shows them.
 */
@ApplicationScoped
public class InterventionsForSubjectAccess implements SubjectAccessSection {

    @Inject
    SchoolService schools;

    @Inject
    InterventionService interventions;

    @Override
    public String folder() {
        return "interventions";
    }

    @Override
    public String description() {
        return "What the school did about the pupil's attendance (conversations, letters, meetings, referrals,"
                + " notices), with the notes, outcomes and review dates the school recorded.";
    }

    @Override
    public Map<String, byte[]> files(String urn, String upn) {
        List<InterventionView> views = interventions.ofPupil(schools.require(urn), upn).stream()
                .map(InterventionView::of)
                .toList();
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return Map.of("interventions.json", jsonb.toJson(views).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the interventions of the export", e);
        }
    }
}
