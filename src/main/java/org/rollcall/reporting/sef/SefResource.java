package org.rollcall.reporting.sef;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.Roles;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/**
 * {@code GET /api/schools/{urn}/sef?year=2025/26&format=pdf|docx}: the SEF attendance section, made at
 * once. {@code year} defaults to the current academic year by the school's clock, {@code format} to pdf.
 */
@Path("schools/{urn}/sef")
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class SefResource {

    @Inject
    SchoolService schools;

    @Inject
    SefAssembler assembler;

    @Inject
    SefPdfWriter pdf;

    @Inject
    SefDocxWriter docx;

    @Inject
    Clock clock;

    @GET
    @Produces({SefPdfWriter.CONTENT_TYPE, SefDocxWriter.CONTENT_TYPE})
    public Response get(
            @PathParam("urn") String urn,
            @QueryParam("year") String yearText,
            @QueryParam("format") String formatText) {
        boolean word = format(formatText);
        SefYear year = year(yearText);
        School school = schools.require(urn);
        SefSection sef = assembler.assemble(school, year);
        String name = "sef-attendance-" + urn + "-" + year.label().replace('/', '-') + (word ? ".docx" : ".pdf");
        return Response.ok(
                        word ? docx.write(sef) : pdf.write(sef),
                        word ? SefDocxWriter.CONTENT_TYPE : SefPdfWriter.CONTENT_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                .build();
    }

    /** True for Word. */
    private static boolean format(String text) {
        String f = text == null || text.isBlank() ? "pdf" : text.trim().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "pdf" -> false;
            case "docx" -> true;
            default -> throw new ProblemException(
                    400,
                    "Bad request",
                    "format must be pdf or docx, not '" + text + "'",
                    List.of(Problem.FieldError.of("format", text, "use pdf or docx")));
        };
    }

    private SefYear year(String text) {
        LocalDate today = LocalDate.now(clock);
        if (text == null || text.isBlank()) {
            return SefYear.containing(today);
        }
        SefYear year = SefYear.parse(text)
                .orElseThrow(() -> new ProblemException(
                        400,
                        "Bad request",
                        "year must be an academic year such as 2025/26, not '" + text + "'",
                        List.of(Problem.FieldError.of("year", text, "an academic year such as 2025/26"))));
        if (year.start().isAfter(today)) {
            throw new ProblemException(
                    400,
                    "Bad request",
                    "The academic year " + year.label() + " has not started yet",
                    List.of(Problem.FieldError.of("year", text, "not started yet")));
        }
        return year;
    }
}
