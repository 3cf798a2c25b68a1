package org.rollcall.delivery;

import org.rollcall.platform.Settings;

/** Whether an SMTP server is configured at all (the demo has none): without one, mail waits in the outbox. */
public final class SmtpSettings {
    private SmtpSettings() {}

    public static boolean configured() {
        return Settings.get("ROLLCALL_SMTP_HOST").isPresent();
    }
}
