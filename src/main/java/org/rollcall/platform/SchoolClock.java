package org.rollcall.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application: the school's civil time in England (Europe/London), so
 * "today" is the school's today whatever zone the server runs in. Beans inject {@link Clock};
 * tests replace it with a fixed one.
 */
@ApplicationScoped
public class SchoolClock {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    // dependent (no proxy): a Clock is immutable and cheap
    @Produces
    Clock clock() {
        return Clock.system(ZONE);
    }
}
