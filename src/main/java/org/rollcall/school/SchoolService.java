package org.rollcall.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.platform.Problem;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.StoredTime;

/** Creating and changing schools, their governors and their calendar. */
@ApplicationScoped
@Transactional
public class SchoolService {

    @Inject
    SchoolRepository repository;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<School> all() {
        return repository.all();
    }

    /** The school with this URN, or a 404 problem that names it (text that is not a URN names no school). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public School require(String urn) {
        return Urn.parse(urn)
                .flatMap(repository::findByUrn)
                .orElseThrow(() -> ProblemException.notFound("No school with URN " + urn));
    }

    public School createOrUpdate(Urn urn, String name, String phaseText) {
        Phase phase = parsePhase(phaseText);
        School school = repository.findByUrn(urn).orElseGet(() -> {
            School created = new School(urn.value(), name.trim(), phase, StoredTime.now(clock));
            repository.add(created);
            return created;
        });
        school.rename(name.trim(), phase, StoredTime.now(clock));
        return school;
    }

    public List<Governor> governors(String urn) {
        return repository.governors(require(urn));
    }

    public void replaceGovernors(String urn, List<GovernorContact> governors) {
        School school = require(urn);
        repository.replaceGovernors(
                school,
                governors.stream()
                        .map(g ->
                                new Governor(school, g.name().trim(), g.email().trim()))
                        .toList());
    }

    public CalendarDocument calendar(String urn) {
        return CalendarDocument.of(repository.academicYears(require(urn)));
    }

    /** Replaces the whole calendar; refuses one whose dates contradict each other, naming each problem. */
    public void replaceCalendar(String urn, CalendarDocument calendar) {
        School school = require(urn);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<AcademicYear> years = new ArrayList<>();
        for (CalendarDocument.Year entry : calendar.academicYears()) {
            if (entry.end().isBefore(entry.start())) {
                errors.add(Problem.FieldError.of(
                        "academicYears.end", entry.end().toString(), entry.name() + " ends before it starts"));
            }
            AcademicYear year = new AcademicYear(school, entry.name(), entry.start(), entry.end());
            for (CalendarDocument.TermEntry term : entry.termsOrEmpty()) {
                if (term.start().isBefore(entry.start())
                        || term.end().isAfter(entry.end())
                        || term.end().isBefore(term.start())) {
                    errors.add(Problem.FieldError.of(
                            "terms", term.name(), "term dates must lie within academic year " + entry.name()));
                }
                Optional<CalendarDocument.HalfTerm> half = Optional.ofNullable(term.halfTerm());
                year.addTerm(
                        term.name(),
                        term.start(),
                        term.end(),
                        half.map(CalendarDocument.HalfTerm::start),
                        half.map(CalendarDocument.HalfTerm::end));
            }
            for (CalendarDocument.ClosureEntry closure : entry.closuresOrEmpty()) {
                year.addClosure(
                        closure.date(), closureKind(closure, errors), Optional.ofNullable(closure.description()));
            }
            years.add(year);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad request", "The calendar is not consistent", errors);
        }
        repository.replaceAcademicYears(school, years);
    }

    private static Closure.Kind closureKind(CalendarDocument.ClosureEntry closure, List<Problem.FieldError> errors) {
        try {
            return closure.kind() == null
                    ? Closure.Kind.PLANNED
                    : Closure.Kind.valueOf(closure.kind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(Problem.FieldError.of(
                    "closures.kind", closure.kind(), "use one of " + List.of(Closure.Kind.values())));
            return Closure.Kind.PLANNED;
        }
    }

    private static Phase parsePhase(String text) {
        try {
            return Phase.valueOf(
                    text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(
                    400,
                    "Bad request",
                    "Unknown phase",
                    List.of(Problem.FieldError.of("phase", text, "use one of " + List.of(Phase.values()))));
        }
    }
}
