package org.rollcall.attendance.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.attendance.statistics.comparison.NationalBenchmark;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;

/**
 * {@code /api/national-benchmarks}: the national figures schools are compared with, as reference
 * data with source and year. {@code PUT /national-benchmarks/2024-25} adds or corrects a year
 * (the year is written with a hyphen in the URL, "2024/25" in the data).
 */
@Path("national-benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class BenchmarkResource {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})[-/](\\d{2})");

    /** Percentages of possible sessions (absence) or of pupils (PA, severe); null when not published. */
    public record BenchmarkRequest(
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal overallAbsence,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal unauthorisedAbsence,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal persistentAbsence,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal severeAbsence,
            @NotBlank @Size(max = 300) String source) {}

    @Inject
    BenchmarkStore benchmarks;

    @GET
    public JsonArray all() {
        return PolicyJson.benchmarks(benchmarks.all()).build();
    }

    @GET
    @Path("{year}")
    public JsonObject year(@PathParam("year") String year) {
        String label = label(year);
        return benchmarks
                .year(label)
                .map(PolicyJson::benchmark)
                .orElseThrow(() -> ProblemException.notFound("No national benchmark for " + label));
    }

    @PUT
    @Path("{year}")
    @RolesAllowed(Roles.ADMIN)
    public JsonObject put(@PathParam("year") String year, @Valid @NotNull BenchmarkRequest r) {
        NationalBenchmark b = new NationalBenchmark(
                label(year),
                Optional.ofNullable(r.overallAbsence()),
                Optional.ofNullable(r.unauthorisedAbsence()),
                Optional.ofNullable(r.persistentAbsence()),
                Optional.ofNullable(r.severeAbsence()),
                r.source().trim());
        benchmarks.put(b);
        return PolicyJson.benchmark(b);
    }

    /** "2023-24" (or "2023/24") to "2023/24", checking the two years follow each other. */
    static String label(String year) {
        Matcher m = YEAR.matcher(year.trim());
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw ProblemException.badRequest("An academic year is written like 2023-24, not '" + year + "'");
        }
        return m.group(1) + "/" + m.group(2);
    }
}
