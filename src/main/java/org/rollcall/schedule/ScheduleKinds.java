package org.rollcall.schedule;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.rollcall.runs.RunKind;

/** The kinds of run a schedule may name: every kind of run, and the SEF section as a run of its own. */
final class ScheduleKinds {
    /** Named before the run exists as a kind: a schedule may list it, its runs start once it does. */
    static final String SEF_SECTION = "SEF_SECTION";

    private ScheduleKinds() {}

    static Set<String> all() {
        Set<String> kinds =
                Arrays.stream(RunKind.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        kinds.add(SEF_SECTION);
        return kinds;
    }
}
