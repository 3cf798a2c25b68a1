package org.rollcall.attendance.measure.rest;

import static org.rollcall.attendance.measure.rest.FiguresJson.rate;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.rollcall.attendance.measure.store.SchoolTerm;
import org.rollcall.attendance.policy.PolicyJson;
import org.rollcall.attendance.statistics.comparison.Comparisons;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.attendance.statistics.comparison.PaMovement;
import org.rollcall.attendance.statistics.comparison.PeriodComparison;
import org.rollcall.attendance.statistics.comparison.TargetOutcome;
import org.rollcall.attendance.statistics.population.BottomAttender;
import org.rollcall.attendance.statistics.pupil.EscalationFlag;
import org.rollcall.attendance.statistics.pupil.Guidance;
import org.rollcall.attendance.statistics.pupil.PupilAssessment;
import org.rollcall.attendance.statistics.pupil.SessionsToTarget;

/** The JSON of pupils' assessments, comparisons, PA movement and the bottom 10%. */
public final class AssessmentJson {

    private AssessmentJson() {}

    public static JsonObject pupil(PupilAssessment a, SchoolTerm term) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("upn", a.upn());
        FiguresJson.addFigures(json, a.summary())
                .add("persistentAbsence", a.persistentAbsence())
                .add("severeAbsence", a.severeAbsence())
                .add(
                        "band",
                        a.band().<JsonValue>map(b -> Json.createValue(b.name())).orElse(JsonValue.NULL))
                .add(
                        "track",
                        a.track()
                                .<JsonValue>map(t -> Json.createValue(t.name()))
                                .orElse(JsonValue.NULL))
                .add(
                        "target",
                        a.target()
                                .<JsonValue>map(t -> Json.createValue(t.percent()))
                                .orElse(JsonValue.NULL))
                .add(
                        "targetSource",
                        a.target()
                                .<JsonValue>map(t -> Json.createValue(t.source().name()))
                                .orElse(JsonValue.NULL))
                .add("term", FiguresJson.addWindow(Json.createObjectBuilder(), term.dates()))
                .add(
                        "sessionsToTarget",
                        a.sessionsToTarget()
                                .<JsonValue>map(AssessmentJson::distance)
                                .orElse(JsonValue.NULL))
                .add("weeksAtOrBelowReferralLimit", a.weeksAtOrBelowReferralLimit())
                .add("flags", flags(a.flags()))
                .add(
                        "guidance",
                        a.guidance().<JsonValue>map(AssessmentJson::guidance).orElse(JsonValue.NULL));
        return json.build();
    }

    private static JsonObject distance(SessionsToTarget d) {
        return Json.createObjectBuilder()
                .add("target", d.target())
                .add("current", rate(d.current()))
                .add("sessionsWithoutAbsence", number(d.sessionsWithoutAbsence()))
                .add("sessionsOfRemainingToAttend", number(d.sessionsOfRemainingToAttend()))
                .add("remainingSessions", d.remainingSessions())
                .add("reachableThisTerm", d.reachableThisTerm())
                .add("alreadyMet", d.alreadyMet())
                .build();
    }

    private static JsonArrayBuilder flags(Collection<EscalationFlag> flags) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        flags.stream()
                .sorted()
                .forEach(f -> array.add(
                        Json.createObjectBuilder().add("flag", f.name()).add("description", f.description())));
        return array;
    }

    private static JsonObject guidance(Guidance g) {
        JsonArrayBuilder actions = Json.createArrayBuilder();
        g.actions()
                .forEach(a -> actions.add(Json.createObjectBuilder()
                        .add("who", a.who())
                        .add("items", Json.createArrayBuilder(a.items()))));
        return Json.createObjectBuilder()
                .add("band", g.band().name())
                .add("column", g.column().name())
                .add("situation", g.situation())
                .add("owner", g.owner())
                .add("actions", actions)
                .build();
    }

    public static JsonObject comparisons(Comparisons c) {
        PeriodComparison p = c.lastYear();
        JsonObjectBuilder json = FiguresJson.addWindow(Json.createObjectBuilder(), p.window())
                .add("current", FiguresJson.figures(p.current()))
                .add(
                        "lastYear",
                        FiguresJson.addFigures(
                                FiguresJson.addWindow(Json.createObjectBuilder(), p.lastYearWindow()), p.lastYear()))
                .add(
                        "changeSinceLastYear",
                        Json.createObjectBuilder()
                                .add("attendanceRate", rate(p.attendanceRateChange()))
                                .add("overallAbsenceRate", rate(p.overallAbsenceRateChange()))
                                .add("persistentAbsenceRate", rate(p.persistentAbsenceRateChange())));
        json.add("national", c.national().<JsonValue>map(n -> national(n, p)).orElse(JsonValue.NULL));
        json.add("targets", c.targets().<JsonValue>map(AssessmentJson::targets).orElse(JsonValue.NULL));
        return json.build();
    }

    /** The national figures, and the school's difference from each in percentage points. */
    private static JsonObject national(NationalBenchmark n, PeriodComparison p) {
        return Json.createObjectBuilder(PolicyJson.benchmark(n))
                .add(
                        "differences",
                        Json.createObjectBuilder()
                                .add("overallAbsence", difference(p.current().overallAbsenceRate(), n.overallAbsence()))
                                .add(
                                        "unauthorisedAbsence",
                                        difference(p.current().unauthorisedAbsenceRate(), n.unauthorisedAbsence()))
                                .add(
                                        "persistentAbsence",
                                        difference(p.current().persistentAbsenceRate(), n.persistentAbsence()))
                                .add("severeAbsence", difference(p.current().severeAbsenceRate(), n.severeAbsence())))
                .build();
    }

    // Both figures are published to 2 (national: 1) decimals, so the difference is exact as shown.
    private static JsonValue difference(Optional<BigDecimal> school, Optional<BigDecimal> national) {
        return rate(school.flatMap(s -> national.map(s::subtract)));
    }

    public static JsonObject targets(TargetOutcome t) {
        return Json.createObjectBuilder()
                .add("attendanceTarget", t.attendanceTarget())
                .add("attendanceActual", rate(t.attendanceActual()))
                .add("attendance", t.attendance().name())
                .add("persistentAbsenceTarget", t.persistentAbsenceTarget())
                .add("persistentAbsenceActual", rate(t.persistentAbsenceActual()))
                .add("persistentAbsence", t.persistentAbsence().name())
                .build();
    }

    public static JsonObject movement(PaMovement m) {
        return Json.createObjectBuilder()
                .add("newToPa", m.newToPaCount())
                .add("leftPa", m.leftPaCount())
                .add("stayedPa", m.stayedPaCount())
                .add("paNoLongerMeasured", m.paNoLongerMeasured().size())
                .add(
                        "pupils",
                        Json.createObjectBuilder()
                                .add("newToPa", Json.createArrayBuilder(m.newToPa()))
                                .add("leftPa", Json.createArrayBuilder(m.leftPa()))
                                .add("stayedPa", Json.createArrayBuilder(m.stayedPa()))
                                .add("paNoLongerMeasured", Json.createArrayBuilder(m.paNoLongerMeasured())))
                .build();
    }

    public static JsonArrayBuilder bottom(List<BottomAttender> bottom) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        bottom.forEach(b -> {
            JsonArrayBuilder reasons = Json.createArrayBuilder();
            b.mainReasons()
                    .forEach(r -> reasons.add(Json.createObjectBuilder()
                            .add("code", r.code())
                            .add("category", r.category().name())
                            .add("sessions", r.sessions())));
            array.add(Json.createObjectBuilder()
                    .add("upn", b.upn())
                    .add("possibleSessions", b.possibleSessions())
                    .add("presentSessions", b.presentSessions())
                    .add("attendanceRate", b.attendanceRate())
                    .add("absenceSessions", b.absenceSessions())
                    .add("mainReasons", reasons));
        });
        return array;
    }

    private static JsonValue number(OptionalLong n) {
        return n.isPresent() ? Json.createValue(n.getAsLong()) : JsonValue.NULL;
    }
}
