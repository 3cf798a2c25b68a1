package org.rollcall.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/** Whether start-up (migrations, schema check) has finished, so the application may serve. */
@ApplicationScoped
public class Readiness {
    private final AtomicBoolean ready = new AtomicBoolean();

    void markReady() {
        ready.set(true);
    }

    public boolean isReady() {
        return ready.get();
    }
}
