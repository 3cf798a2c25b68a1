package org.rollcall.attendance.measure.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.attendance.statistics.population.GroupGap;
import org.rollcall.attendance.statistics.population.GroupSummary;
import org.rollcall.attendance.statistics.population.ReasonFigure;
import org.rollcall.attendance.statistics.population.TrendPoint;

/**
 * The JSON of the attendance figures. The contract fields are top-level plain numbers in every
 * object that carries figures (school, group, pupil); percentages are percent units rounded to
 * 2 decimals, and a rate with nothing to divide by is {@code null}, never a made-up 0.
 */
public final class FiguresJson {

    private FiguresJson() {}

    /** Adds the figures' fields to {@code json}. */
    public static JsonObjectBuilder addFigures(JsonObjectBuilder json, AttendanceSummary s) {
        json.add("possibleSessions", s.possibleSessions())
                .add("presentSessions", s.presentSessions())
                .add("authorisedAbsenceSessions", s.authorisedAbsenceSessions())
                .add("unauthorisedAbsenceSessions", s.unauthorisedAbsenceSessions())
                .add("attendanceRate", rate(s.attendanceRate()))
                .add("overallAbsenceRate", rate(s.overallAbsenceRate()))
                .add("authorisedAbsenceRate", rate(s.authorisedAbsenceRate()))
                .add("unauthorisedAbsenceRate", rate(s.unauthorisedAbsenceRate()))
                .add("pupils", s.pupils())
                .add("persistentAbsentees", s.persistentAbsentees())
                .add("persistentAbsenceRate", rate(s.persistentAbsenceRate()))
                .add("severeAbsentees", s.severeAbsentees())
                .add("severeAbsenceRate", rate(s.severeAbsenceRate()))
                .add("lateBeforeClose", s.lateBeforeClose())
                .add("lateAfterClose", s.lateAfterClose())
                .add("approvedActivitySessions", s.approvedActivitySessions());
        JsonArrayBuilder reasons = Json.createArrayBuilder();
        s.absenceByReason().forEach(r -> reasons.add(reason(r)));
        JsonObjectBuilder byCode = Json.createObjectBuilder();
        s.sessionsByCode().forEach(byCode::add);
        return json.add("absenceByReason", reasons).add("sessionsByCode", byCode);
    }

    public static JsonObject figures(AttendanceSummary s) {
        return addFigures(Json.createObjectBuilder(), s).build();
    }

    public static JsonObjectBuilder addWindow(JsonObjectBuilder json, DateWindow window) {
        return json.add("from", window.from().toString()).add("to", window.to().toString());
    }

    /** One group: its value and label, then its figures and gap to the rest, or a note if suppressed. */
    public static JsonObject group(GroupSummary g) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("by", g.by().parameter())
                .add("group", g.group())
                .add("label", g.label())
                .add("suppressed", g.suppressed());
        g.note().ifPresent(n -> json.add("note", n));
        g.figures().ifPresent(f -> addFigures(json, f));
        g.gapToRest().ifPresent(gap -> json.add("gapToRest", gap(gap)));
        return json.build();
    }

    public static JsonArrayBuilder groups(Collection<GroupSummary> groups) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        groups.forEach(g -> array.add(group(g)));
        return array;
    }

    public static JsonObject gap(GroupGap g) {
        return Json.createObjectBuilder()
                .add("attendanceRate", rate(g.attendanceRate()))
                .add("overallAbsenceRate", rate(g.overallAbsenceRate()))
                .add("authorisedAbsenceRate", rate(g.authorisedAbsenceRate()))
                .add("unauthorisedAbsenceRate", rate(g.unauthorisedAbsenceRate()))
                .add("persistentAbsenceRate", rate(g.persistentAbsenceRate()))
                .add("severeAbsenceRate", rate(g.severeAbsenceRate()))
                .build();
    }

    public static JsonObject reason(ReasonFigure r) {
        return Json.createObjectBuilder()
                .add("code", r.code())
                .add("category", r.category().name())
                .add("sessions", r.sessions())
                .add("rateOfPossibleSessions", rate(r.rateOfPossibleSessions()))
                .add("shareOfAbsence", rate(r.shareOfAbsence()))
                .build();
    }

    public static JsonArrayBuilder trend(Collection<TrendPoint> points) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        points.forEach(p -> array.add(Json.createObjectBuilder()
                .add("label", p.label())
                .add("possibleSessions", p.possibleSessions())
                .add("presentSessions", p.presentSessions())
                .add("attendanceRate", rate(p.attendanceRate()))));
        return array;
    }

    public static JsonValue rate(Optional<BigDecimal> rate) {
        return rate.<JsonValue>map(Json::createValue).orElse(JsonValue.NULL);
    }

    public static JsonValue count(OptionalInt n) {
        return n.isPresent() ? Json.createValue(n.getAsInt()) : JsonValue.NULL;
    }
}
