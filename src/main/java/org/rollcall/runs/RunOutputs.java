package org.rollcall.runs;

/**
 * The keys of what a run makes, by what each is for. The archive and the outbox hold them as
 * unique keys, so a resumed or repeated chunk finds an output instead of making it again.
 */
final class RunOutputs {
    private RunOutputs() {}

    static String pupil(long runId, String upn) {
        return "run:" + runId + ":pupil:" + upn;
    }

    static String group(long runId, String groupKey) {
        return "run:" + runId + ":" + groupKey;
    }

    static String single(long runId, String what) {
        return "run:" + runId + ":" + what;
    }

    /** One message: the document it carries and the address (case does not make another recipient). */
    static String mail(String documentKey, String address) {
        return documentKey + ":to:" + address.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
