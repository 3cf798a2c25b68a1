package org.rollcall.attendance.statistics.pupil;

import java.util.List;

/**
 * What the process map says for one band on one track: the situation, who owns it, and the
 * actions grouped by who does them.
 */
public record Guidance(Band band, Track column, String situation, String owner, List<Actions> actions) {

    public Guidance {
        actions = List.copyOf(actions);
    }

    /** One box of actions and who does them. */
    public record Actions(String who, List<String> items) {
        public Actions {
            items = List.copyOf(items);
        }
    }
}
