package org.rollcall.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.logging.Logger;
import org.rollcall.delivery.AuditEvent;
import org.rollcall.delivery.AuditLog;

/**
 * One password check for both doors, HTTP Basic ({@link LoginGate}) and the web page's login form
 * ({@link SessionResource}): the growing delay per user name ({@link LoginDelay}) comes first, then
 * the Elytron domain checks the password ({@link HttpServletRequest#login}: jdbc-realm, bcrypt), and
 * each failure is counted and written to the audit trail ({@code LOGIN_FAILED}, with the address).
 */
@ApplicationScoped
public class PasswordCheck {
    private static final Logger LOG = Logger.getLogger(PasswordCheck.class.getName());

    @Inject
    LoginFailures failures;

    @Inject
    AuditLog audit;

    /** Logs the request in as that user; false (and recorded) when the password is wrong. */
    public boolean logIn(HttpServletRequest request, String username, String password) {
        pause(LoginDelay.after(failures.count(username)));
        try {
            request.login(username, password);
            failures.succeeded(username);
            return true;
        } catch (ServletException wrong) {
            int inARow = failures.failed(username, request.getRemoteAddr());
            audit.record(AuditEvent.of(username, "LOGIN_FAILED", "failed login " + inARow + " in a row"));
            LOG.info(() -> "Failed login " + inARow + " in a row for a user name; the next waits "
                    + LoginDelay.after(inARow).toSeconds() + " s");
            return false;
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
