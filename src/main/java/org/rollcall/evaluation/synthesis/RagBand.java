package org.rollcall.evaluation.synthesis;

/** The scores from {@code from} to {@code to} (both included) that count as one RAG colour. */
public record RagBand(Rag rag, int from, int to) {

    public RagBand {
        if (rag == null || from > to) {
            throw new IllegalArgumentException(
                    "A band needs a colour and from <= to, got " + rag + " " + from + "-" + to);
        }
    }

    public boolean contains(int score) {
        return score >= from && score <= to;
    }
}
