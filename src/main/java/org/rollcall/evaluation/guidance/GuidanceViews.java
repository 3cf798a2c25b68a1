package org.rollcall.evaluation.guidance;

import java.util.List;

/** The JSON shapes of the guidance library, also used by next steps and the self-evaluation summary. */
public final class GuidanceViews {
    private GuidanceViews() {}

    public record ChevronSummary(String key, String title, int expectationCount) {
        public static ChevronSummary of(GuidanceChevron c) {
            return new ChevronSummary(
                    c.getKey(), c.getTitle(), c.getExpectations().size());
        }
    }

    public record ExampleView(int depth, String text) {}

    public record ExpectationView(
            String expectation,
            List<ExampleView> examples,
            List<String> approaches,
            List<String> outcomes,
            List<String> resources) {
        public static ExpectationView of(GuidanceExpectation e) {
            return new ExpectationView(
                    e.getExpectation(),
                    e.getExamples().stream()
                            .map(x -> new ExampleView(x.getDepth(), x.getBody()))
                            .toList(),
                    e.getApproaches().stream().map(DfesApproach::getCode).toList(),
                    e.getOutcomes().stream().map(EcmOutcome::getCode).toList(),
                    e.getResources());
        }
    }

    public record ChevronGuidance(String key, String title, List<ExpectationView> expectations) {
        public static ChevronGuidance of(GuidanceChevron c) {
            return new ChevronGuidance(
                    c.getKey(),
                    c.getTitle(),
                    c.getExpectations().stream().map(ExpectationView::of).toList());
        }
    }
}
