package org.rollcall.reporting.sef;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.attendance.measure.AttendanceService;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.attendance.statistics.population.Audience;
import org.rollcall.attendance.statistics.population.GroupBy;
import org.rollcall.attendance.statistics.population.GroupSummary;
import org.rollcall.attendance.statistics.population.PopulationAnalysis;
import org.rollcall.evaluation.audit.AuditRepository;
import org.rollcall.evaluation.audit.ItemReview;
import org.rollcall.evaluation.audit.RoundReview;
import org.rollcall.evaluation.plan.ActionPlanRepository;
import org.rollcall.evaluation.plan.ActionPlanService;
import org.rollcall.evaluation.plan.ActionView;
import org.rollcall.evaluation.report.SelfEvaluationService;
import org.rollcall.evaluation.report.SelfEvaluationSummary;
import org.rollcall.school.School;

/**
 * Gathers the SEF attendance section of a school for an academic year: the figures of that year (to
 * date, while it runs) and the two before it from the statistics engine, the groups' gaps, the action
 * plan, the impact of interventions (from an {@link InterventionImpactSource}, once casework provides
 * one) and the latest closed RAG self-evaluation with its evidence.
 *
 * <p>Group figures use the governors' suppression: the section is pasted into documents that leave
 * the school, so a group of fewer than 5 pupils is never shown.
 */
@ApplicationScoped
@Transactional // one persistence context for the round, its reviews and the plan's notes
public class SefAssembler {
    /** The groups a SEF discusses, in the order it discusses them. */
    static final List<GroupBy> GROUPS =
            List.of(GroupBy.DISADVANTAGED, GroupBy.FSM, GroupBy.SEN, GroupBy.GENDER, GroupBy.EAL);

    static final int YEARS = 3;

    @Inject
    AttendanceService attendance;

    @Inject
    SelfEvaluationService selfEvaluation;

    @Inject
    AuditRepository audits;

    @Inject
    RoundReview review;

    @Inject
    ActionPlanRepository plans;

    @Inject
    ActionPlanService actionPlan;

    @Inject
    Instance<InterventionImpactSource> impactSources;

    @Inject
    Clock clock;

    public SefSection assemble(School school, SefYear year) {
        LocalDate today = LocalDate.now(clock);
        List<YearFigures> years = new ArrayList<>();
        List<Map<GroupBy, List<GroupSummary>>> groups = new ArrayList<>();
        for (int back = YEARS - 1; back >= 0; back--) {
            SefYear y = year.minus(back);
            DateWindow window = y.windowUpTo(today);
            PopulationAnalysis analysis = attendance.analyse(school, window, Audience.GOVERNORS);
            years.add(new YearFigures(
                    y.label(),
                    window,
                    window.to().isBefore(y.end()),
                    analysis.summary(),
                    attendance.nationalFor(window)));
            groups.add(analysis.allGroups());
        }
        DateWindow latest = years.get(years.size() - 1).window();
        return new SefSection(
                school.getName(),
                school.getUrn(),
                school.getPhase().name(),
                today,
                years,
                attendance.compare(school, latest).lastYear(),
                trends(groups),
                actions(school),
                impact(school, latest),
                judgement(school));
    }

    /** One trend per group value seen in any of the years, in the engine's order within each grouping. */
    static List<GroupTrend> trends(List<Map<GroupBy, List<GroupSummary>>> years) {
        List<GroupTrend> trends = new ArrayList<>();
        for (GroupBy by : GROUPS) {
            List<String> values = new ArrayList<>();
            Map<String, String> labels = new HashMap<>();
            years.forEach(y -> y.getOrDefault(by, List.of()).forEach(g -> {
                if (!values.contains(g.group())) {
                    values.add(g.group());
                    labels.put(g.group(), g.label());
                }
            }));
            values.sort(by.order());
            for (String value : values) {
                trends.add(new GroupTrend(
                        by == GroupBy.GENDER ? gender(value) : labels.get(value),
                        years.stream()
                                .map(y -> y.getOrDefault(by, List.of()).stream()
                                        .filter(g -> g.group().equals(value))
                                        .findFirst())
                                .toList()));
            }
        }
        return trends;
    }

    /** The MIS codes F, M and U in words a SEF can print ("Female pupils' attendance is ..."). */
    static String gender(String code) {
        return switch (code) {
            case "F" -> "Female";
            case "M" -> "Male";
            default -> "Gender not recorded";
        };
    }

    private List<ActionView> actions(School school) {
        var rule = actionPlan.overdueRule();
        return plans.actions(school).stream().map(a -> ActionView.of(a, rule)).toList();
    }

    private Optional<InterventionImpact> impact(School school, DateWindow window) {
        return impactSources.isResolvable() ? impactSources.get().impact(school, window) : Optional.empty();
    }

    private Optional<SefJudgement> judgement(School school) {
        Optional<SelfEvaluationSummary> summary = selfEvaluation.summary(school.getUrn(), "rag");
        return summary.map(s -> new SefJudgement(
                s,
                audits.find(s.roundId())
                        .map(round -> evidence(review.review(round)))
                        .orElse(Map.of())));
    }

    private static Map<String, String> evidence(List<ItemReview> items) {
        Map<String, String> notes = new HashMap<>();
        items.forEach(i -> i.agreed()
                .flatMap(ItemReview.Agreed::note)
                .filter(n -> !n.isBlank())
                .ifPresent(n -> notes.put(i.code(), n.trim())));
        return notes;
    }
}
