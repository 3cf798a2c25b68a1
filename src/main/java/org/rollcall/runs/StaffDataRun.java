package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rollcall.attendance.measure.SchoolAssessments;
import org.rollcall.attendance.measure.store.SchoolTerm;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.AttendanceSummary;
import org.rollcall.delivery.DocumentSubject;
import org.rollcall.delivery.MailOutbox;
import org.rollcall.delivery.NewDocument;
import org.rollcall.reporting.JasperRenderer;
import org.rollcall.reporting.PdfJob;
import org.rollcall.reporting.printout.LetterPupil;
import org.rollcall.reporting.printout.LetterPupils;
import org.rollcall.reporting.staffdata.StaffDataWriter;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;
import org.rollcall.school.staff.StaffMember;
import org.rollcall.school.staff.StaffStore;

/**
 * A staff-data run: one document per form and one per year group (within the run's limits), each
 * emailed to the staff assigned to that form or year group. Figures are the pupils' assessments,
 * read for the whole school at once.
 */
@ApplicationScoped
public class StaffDataRun {
    static final String TEMPLATE = "staff-data";
    static final String FORM_KIND = "STAFF_DATA_FORM";
    static final String YEAR_KIND = "STAFF_DATA_YEAR";

    /** One document to make: a form or a year group and its pupils. */
    record Group(String kind, String value, String title, List<LetterPupil> pupils) {
        String key() {
            return kind + ":" + value;
        }
    }

    @Inject
    RunRepository runs;

    @Inject
    LetterPupils letterPupils;

    @Inject
    SchoolAssessments assessments;

    @Inject
    SchoolRepository schools;

    @Inject
    StaffStore staff;

    @Inject
    JasperRenderer renderer;

    @Inject
    RunChunks chunks;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    /** The figures, the groups and the staff of the run, once per job execution. */
    RunWork prepare(ReportRun run) {
        School school = run.getSchool();
        DateWindow window = DateWindow.of(run.getPeriodFrom(), run.getPeriodTo());
        List<LetterPupil> pupils = letterPupils.of(school, window, p -> true);
        List<Group> groups = groups(pupils, run.limits());
        runs.total(run.getId(), groups.size());
        String term = termLabel(school, window);
        StaffDataWriter writer = writer(school, window, term, pupils);
        Map<String, Group> byKey = new LinkedHashMap<>();
        groups.forEach(g -> byKey.put(g.key(), g));
        List<StaffMember> members = staff.of(school);
        return new RunWork() {
            @Override
            public List<String> itemKeys() {
                return List.copyOf(byKey.keySet());
            }

            @Override
            public void write(List<RunItem> items) {
                StaffDataRun.this.write(run, items, byKey, new Sheets(writer, members, term, window));
            }

            @Override
            public String finish() {
                MailOutbox.Counts mail = outbox.countsForRun(run.getId());
                return summary(groups, mail.sent() + mail.pending());
            }
        };
    }

    /** What every sheet of the run shares. */
    private record Sheets(StaffDataWriter writer, List<StaffMember> members, String term, DateWindow window) {}

    /** A chunk of groups: those not archived yet rendered on every core, archived, emailed to their staff. */
    private void write(ReportRun run, List<RunItem> items, Map<String, Group> byKey, Sheets sheets) {
        long runId = run.getId();
        Set<String> archived = chunks.archived(
                items.stream().map(i -> RunOutputs.group(runId, i.key())).toList());
        String school = run.getSchool().getName();
        List<PdfJob> jobs = items.stream()
                .filter(i -> !archived.contains(RunOutputs.group(runId, i.key())))
                .map(i -> byKey.get(i.key()))
                .map(g -> new PdfJob(
                        g.key(),
                        g.title() + ": " + school + ", " + sheets.term(),
                        Map.of("SHEET", sheets.writer().sheet(g.title(), g.pupils())),
                        sheets.writer().rows(g.pupils())))
                .toList();
        List<NewDocument> documents = new ArrayList<>(jobs.size());
        Map<String, Group> byOutput = new HashMap<>();
        renderer.renderEach(TEMPLATE, jobs, (job, pdf) -> {
            Group g = byKey.get(job.key());
            byOutput.put(RunOutputs.group(runId, g.key()), g);
            documents.add(document(g, job.title(), sheets.term(), sheets.window(), pdf)
                    .keyed(RunOutputs.group(runId, g.key())));
        });
        chunks.write(
                run,
                documents,
                document -> mails(byOutput.get(document.outputKey().orElseThrow()), sheets.members(), sheets.term()));
    }

    static List<Group> groups(List<LetterPupil> pupils, RunLimits limits) {
        List<Group> groups = new ArrayList<>();
        pupils.stream()
                .map(p -> p.assessed().form())
                .distinct()
                .sorted()
                .filter(limits::includesForm)
                .forEach(f -> groups.add(new Group(
                        FORM_KIND,
                        f,
                        "Staff data: form " + f,
                        pupils.stream()
                                .filter(p -> p.assessed().form().equals(f))
                                .toList())));
        pupils.stream()
                .map(p -> p.assessed().yearGroup())
                .distinct()
                .sorted(YEAR_ORDER)
                .filter(limits::includesYear)
                .forEach(y -> groups.add(new Group(
                        YEAR_KIND,
                        y,
                        "Staff data: " + yearName(y),
                        pupils.stream()
                                .filter(p -> p.assessed().yearGroup().equals(y))
                                .toList())));
        return groups;
    }

    // nursery and reception before Year 1, then by number
    private static final Comparator<String> YEAR_ORDER = Comparator.comparing(
                    (String y) -> y.chars().allMatch(Character::isDigit))
            .thenComparing(
                    y -> y.chars().allMatch(Character::isDigit) ? String.format("%03d", Integer.parseInt(y)) : y);

    private static String yearName(String group) {
        return switch (group) {
            case "R" -> "Reception";
            case "N1", "N2" -> "Nursery " + group.substring(1);
            default -> "Year " + group;
        };
    }

    private StaffDataWriter writer(School school, DateWindow window, String term, List<LetterPupil> pupils) {
        AttendanceSummary whole = AttendanceSummary.of(
                pupils.stream().map(p -> p.assessed().tally()).toList());
        Optional<SchoolTerm> calendarTerm =
                schools.termCovering(school, window.from(), window.to()).map(t -> assessments.term(school, window));
        return new StaffDataWriter(
                school.getName(),
                window,
                term + " (" + window.from() + " to " + window.to() + ")",
                whole,
                calendarTerm,
                LocalDate.now(clock));
    }

    private static NewDocument document(Group g, String title, String term, DateWindow window, byte[] pdf) {
        DocumentSubject subject =
                g.kind().equals(FORM_KIND) ? DocumentSubject.form(g.value()) : DocumentSubject.yearGroup(g.value());
        return new NewDocument(g.kind(), title, term, window.from(), window.to(), subject, pdf);
    }

    private static List<RunChunks.Mail> mails(Group g, List<StaffMember> members, String term) {
        return members.stream()
                .filter(m -> g.kind().equals(FORM_KIND)
                        ? m.forms().contains(g.value())
                        : m.yearGroups().contains(g.value()))
                .map(m -> new RunChunks.Mail(
                        m.getEmail(),
                        g.title() + " (" + term + ")",
                        "Dear " + m.getName() + ",\n\n"
                                + "Please find attached the attendance data for "
                                + g.title().replace("Staff data: ", "")
                                + " (" + term + "), with the lowest attendance first.\n\n"
                                + "It names pupils: please keep it within the school and delete it when you no longer need it.\n\n"
                                + "Rollcall, on behalf of the school's attendance lead\n"))
                .toList();
    }

    private String termLabel(School school, DateWindow window) {
        return schools.termCovering(school, window.from(), window.to())
                .map(t -> t.getName() + " term " + t.getAcademicYear().getLabel())
                .orElse(window.from() + " to " + window.to());
    }

    private static String summary(List<Group> groups, long emails) {
        long forms = groups.stream().filter(g -> g.kind().equals(FORM_KIND)).count();
        return forms + " form and " + (groups.size() - forms) + " year-group staff data documents archived; " + emails
                + " email" + (emails == 1 ? "" : "s") + " queued to staff"
                + (emails == 0 ? " (assign staff with PUT /api/schools/{urn}/staff)" : "") + ".";
    }
}
