package org.rollcall.evaluation.synthesis;

/** How many scores fell in each RAG band. */
public record BandCounts(int red, int amber, int green) {

    public static final BandCounts NONE = new BandCounts(0, 0, 0);

    public BandCounts plus(Rag rag) {
        return switch (rag) {
            case RED -> new BandCounts(red + 1, amber, green);
            case AMBER -> new BandCounts(red, amber + 1, green);
            case GREEN -> new BandCounts(red, amber, green + 1);
        };
    }

    public int get(Rag rag) {
        return switch (rag) {
            case RED -> red;
            case AMBER -> amber;
            case GREEN -> green;
        };
    }

    /** How many different bands have at least one score. */
    public int bandsUsed() {
        return (red > 0 ? 1 : 0) + (amber > 0 ? 1 : 0) + (green > 0 ? 1 : 0);
    }
}
