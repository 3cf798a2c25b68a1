package org.rollcall.attendance.importing.ctf;

/**
 * How much a CTF may ask of the server. The defaults allow a large authority's file (100 MB) and
 * a marks string for two whole years with room to spare, and stop anything built to exhaust memory.
 *
 * @param maxBytes      largest file, in bytes
 * @param maxDepth      deepest element nesting (a real CTF is under 10 deep)
 * @param maxTextLength longest text in one element, in characters
 * @param maxProblems   problems recorded before the reader stops listing them
 */
public record CtfLimits(long maxBytes, int maxDepth, int maxTextLength, int maxProblems) {

    public static final CtfLimits DEFAULT = new CtfLimits(100L * 1024 * 1024, 32, 20_000, 1_000);

    public CtfLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxTextLength < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("CTF limits must be positive");
        }
    }

    public CtfLimits withMaxBytes(long bytes) {
        return new CtfLimits(bytes, maxDepth, maxTextLength, maxProblems);
    }

    public CtfLimits withMaxDepth(int depth) {
        return new CtfLimits(maxBytes, depth, maxTextLength, maxProblems);
    }

    public CtfLimits withMaxTextLength(int length) {
        return new CtfLimits(maxBytes, maxDepth, length, maxProblems);
    }
}
