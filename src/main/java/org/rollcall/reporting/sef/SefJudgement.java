package org.rollcall.reporting.sef;

import java.util.Map;
import org.rollcall.evaluation.report.SelfEvaluationSummary;

/**
 * The latest closed self-evaluation round (RAG framework) and the evidence the group wrote when it
 * agreed each score (the lead's note on the agreed score), by item code.
 */
public record SefJudgement(SelfEvaluationSummary summary, Map<String, String> evidenceByItem) {

    public SefJudgement {
        evidenceByItem = Map.copyOf(evidenceByItem);
    }
}
