package org.rollcall.platform.access;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.rollcall.delivery.AuditEvent;
import org.rollcall.delivery.AuditLog;

/**
 * HTTP Basic login for {@code /api/*}, done here rather than by the container so that every failure is
 * seen: Elytron's own BASIC mechanism answers a wrong password with a 401 before any filter runs, so
 * the application could neither slow a guesser down nor record the attempt. The password is still
 * checked by the Elytron domain (jdbc-realm, bcrypt) through {@link HttpServletRequest#login}; this
 * gate adds the growing delay ({@link LoginDelay}) per user name and writes each failure to the audit
 * trail ({@code LOGIN_FAILED}, with the address). {@code /api/health} needs no login.
 */
@WebFilter(urlPatterns = "/api/*")
public class LoginGate extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(LoginGate.class.getName());

    @Inject
    LoginFailures failures;

    @Inject
    AuditLog audit;

    record Credentials(String username, String password) {}

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("/api/health"
                .equals(request.getServletPath()
                        + Optional.ofNullable(request.getPathInfo()).orElse(""))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Credentials> credentials = basic(request.getHeader("Authorization"));
        if (credentials.isEmpty()) {
            challenge(response);
            return;
        }
        if (!logIn(request, credentials.get())) {
            challenge(response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean logIn(HttpServletRequest request, Credentials credentials) {
        String username = credentials.username();
        pause(LoginDelay.after(failures.count(username)));
        try {
            request.login(username, credentials.password());
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

    static Optional<Credentials> basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0
                    ? Optional.empty()
                    : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static void challenge(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Rollcall\", charset=\"UTF-8\"");
        response.setStatus(401);
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"Log in with your Rollcall user name and password (HTTP Basic)\"}");
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
