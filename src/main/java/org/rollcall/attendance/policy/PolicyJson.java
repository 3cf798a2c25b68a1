package org.rollcall.attendance.policy;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.attendance.statistics.pupil.BandLimits;

/** The JSON of national benchmarks and of a school's targets and band limits; a figure not set is {@code null}. */
public final class PolicyJson {
    private PolicyJson() {}

    public static JsonObject benchmark(NationalBenchmark n) {
        return Json.createObjectBuilder()
                .add("year", n.year())
                .add("overallAbsence", rate(n.overallAbsence()))
                .add("unauthorisedAbsence", rate(n.unauthorisedAbsence()))
                .add("persistentAbsence", rate(n.persistentAbsence()))
                .add("severeAbsence", rate(n.severeAbsence()))
                .add("source", n.source())
                .build();
    }

    public static JsonArrayBuilder benchmarks(List<NationalBenchmark> all) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        all.forEach(b -> array.add(benchmark(b)));
        return array;
    }

    public static JsonObject policy(SchoolPolicy p) {
        BandLimits b = p.bands();
        return Json.createObjectBuilder()
                .add("attendanceTarget", rate(p.targets().map(t -> t.attendance())))
                .add("persistentAbsenceTarget", rate(p.targets().map(t -> t.persistentAbsence())))
                .add(
                        "bands",
                        Json.createObjectBuilder()
                                .add("excellent", b.excellent())
                                .add("earlyConcern", b.earlyConcern())
                                .add("atRisk", b.atRisk())
                                .add("persistentAbsence", b.persistentAbsence())
                                .add("serious", b.serious()))
                .build();
    }

    private static JsonValue rate(Optional<BigDecimal> rate) {
        return rate.<JsonValue>map(Json::createValue).orElse(JsonValue.NULL);
    }
}
