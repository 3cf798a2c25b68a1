package org.rollcall.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON of {@code PUT/GET /api/schools/{urn}/calendar}: academic years with their terms
 * (each with an optional half-term) and the days the school is closed in term (INSET days,
 * bank holidays, planned closures). The demo generator writes the same shape as calendar.json.
 */
public record CalendarDocument(@NotNull List<@Valid Year> academicYears) {

    public record Year(
            @NotBlank String name,
            @NotNull LocalDate start,
            @NotNull LocalDate end,
            List<@Valid TermEntry> terms,
            List<@Valid ClosureEntry> closures) {
        public List<TermEntry> termsOrEmpty() {
            return terms == null ? List.of() : terms;
        }

        public List<ClosureEntry> closuresOrEmpty() {
            return closures == null ? List.of() : closures;
        }
    }

    public record TermEntry(
            @NotBlank String name, @NotNull LocalDate start, @NotNull LocalDate end, @Valid HalfTerm halfTerm) {}

    public record HalfTerm(@NotNull LocalDate start, @NotNull LocalDate end) {}

    public record ClosureEntry(@NotNull LocalDate date, String kind, String description) {}

    static CalendarDocument of(List<AcademicYear> years) {
        return new CalendarDocument(years.stream()
                .map(y -> new Year(
                        y.getLabel(),
                        y.getStartDate(),
                        y.getEndDate(),
                        y.getTerms().stream()
                                .map(t -> new TermEntry(
                                        t.getName(),
                                        t.getStartDate(),
                                        t.getEndDate(),
                                        t.getHalfTermStart()
                                                .flatMap(s -> t.getHalfTermEnd().map(e -> new HalfTerm(s, e)))
                                                .orElse(null)))
                                .toList(),
                        y.getClosures().stream()
                                .map(c -> new ClosureEntry(
                                        c.getDate(),
                                        c.getKind().name(),
                                        c.getDescription().orElse(null)))
                                .toList()))
                .toList());
    }
}
