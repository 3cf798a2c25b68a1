package org.rollcall.evaluation.framework;

import java.util.List;
import java.util.Optional;
import org.rollcall.evaluation.synthesis.Rag;

/** The JSON shapes of frameworks: a summary for the list, the whole framework for one. */
public final class FrameworkViews {
    private FrameworkViews() {}

    public record Summary(
            long id,
            String key,
            String name,
            int version,
            RatingKind rating,
            int scaleMin,
            int scaleMax,
            int headingCount,
            int itemCount) {
        public static Summary of(Framework f) {
            return new Summary(
                    f.getId(),
                    f.getKey(),
                    f.getName(),
                    f.getVersion(),
                    f.getRating(),
                    f.getScaleMin(),
                    f.getScaleMax(),
                    f.getHeadings().size(),
                    f.items().size());
        }
    }

    public record BandView(Rag rag, int from, int to, Optional<String> description) {}

    public record QuestionView(String question, Optional<String> red, Optional<String> green) {}

    public record ItemView(
            String code,
            String title,
            Optional<String> statement,
            List<QuestionView> questions,
            Optional<String> guidanceKey,
            boolean reconstructed,
            Optional<String> reconstructionNote) {
        static ItemView of(FrameworkItem i) {
            return new ItemView(
                    i.getCode(),
                    i.getTitle(),
                    i.getStatement(),
                    i.getQuestions().stream()
                            .map(q -> new QuestionView(q.getQuestion(), q.getRed(), q.getGreen()))
                            .toList(),
                    i.getGuidanceKey(),
                    i.isReconstructed(),
                    i.getReconstructionNote());
        }
    }

    public record HeadingView(
            int part,
            String code,
            String title,
            Optional<String> description,
            boolean reconstructed,
            List<ItemView> items) {
        static HeadingView of(FrameworkHeading h) {
            return new HeadingView(
                    h.getPart(),
                    h.getCode(),
                    h.getTitle(),
                    h.getDescription(),
                    h.isReconstructed(),
                    h.getItems().stream().map(ItemView::of).toList());
        }
    }

    public record Detail(
            long id,
            String key,
            String name,
            int version,
            String source,
            RatingKind rating,
            int scaleMin,
            int scaleMax,
            int disagreementSpread,
            Optional<String> description,
            List<BandView> bands,
            List<HeadingView> headings) {
        public static Detail of(Framework f) {
            return new Detail(
                    f.getId(),
                    f.getKey(),
                    f.getName(),
                    f.getVersion(),
                    f.getSource(),
                    f.getRating(),
                    f.getScaleMin(),
                    f.getScaleMax(),
                    f.getDisagreementSpread(),
                    f.getDescription(),
                    f.getBands().stream()
                            .map(b -> new BandView(b.getRag(), b.getScoreFrom(), b.getScoreTo(), b.getDescription()))
                            .toList(),
                    f.getHeadings().stream().map(HeadingView::of).toList());
        }
    }
}
