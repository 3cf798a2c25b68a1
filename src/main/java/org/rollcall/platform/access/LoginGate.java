package org.rollcall.platform.access;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The login for {@code /api/*}, done here rather than by the container so that every failure is seen:
 * Elytron's own BASIC mechanism answers a wrong password with a 401 before any filter runs, so the
 * application could neither slow a guesser down nor record the attempt. Two doors, one check
 * ({@link PasswordCheck}):
 * <ul>
 *   <li>HTTP Basic, for scripts, on every request, as before;
 *   <li>the web page's session: {@code POST /api/session} ({@link SessionResource}) logs in once and
 *       Elytron keeps the identity in the HTTP session (an HttpOnly, SameSite=Strict cookie, see
 *       web.xml); later requests are restored from it by {@link HttpServletRequest#authenticate}.
 *       Because a browser sends that cookie by itself, a request that changes anything must also
 *       carry {@value #PAGE_HEADER}, which a form or link on another site cannot add (CSRF).
 * </ul>
 * {@code /api/health} needs no login.
 */
@WebFilter(urlPatterns = "/api/*")
public class LoginGate extends HttpFilter {
    /** The header the page's scripts send; another site's form cannot. */
    public static final String PAGE_HEADER = "X-Rollcall-Page";
    /** Session attribute: the user name the page logged in as. */
    public static final String SESSION_USER = "rollcall.user";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    PasswordCheck passwords;

    record Credentials(String username, String password) {}

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath()
                + Optional.ofNullable(request.getPathInfo()).orElse("");
        if ("/api/health".equals(path)) {
            chain.doFilter(request, response);
            return;
        }
        if ("/api/session".equals(path) && "POST".equals(request.getMethod())) {
            gateLoginForm(request, response, chain);
            return;
        }
        Optional<Credentials> credentials = basic(request.getHeader("Authorization"));
        if (credentials.isPresent()) {
            if (passwords.logIn(
                    request, credentials.get().username(), credentials.get().password())) {
                chain.doFilter(request, response);
            } else {
                challenge(request, response);
            }
            return;
        }
        Optional<HttpSession> session = pageSession(request);
        if (session.isEmpty()) {
            challenge(request, response);
        } else if (!SAFE_METHODS.contains(request.getMethod()) && !fromPage(request)) {
            refuseWithoutPageHeader(response);
        } else if (request.authenticate(response)) {
            chain.doFilter(request, response);
        }
    }

    /** The login form itself checks the password ({@link SessionResource}); a login from another site is refused. */
    private static void gateLoginForm(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (fromPage(request)) {
            chain.doFilter(request, response);
        } else {
            refuseWithoutPageHeader(response);
        }
    }

    private static Optional<HttpSession> pageSession(HttpServletRequest request) {
        return Optional.ofNullable(request.getSession(false)).filter(s -> s.getAttribute(SESSION_USER) != null);
    }

    static boolean fromPage(HttpServletRequest request) {
        return "1".equals(request.getHeader(PAGE_HEADER));
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

    /**
     * 401. A script is told to use HTTP Basic; the page is given a scheme of its own, so the browser
     * does not open its Basic password box over the page's login form.
     */
    private static void challenge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean page = fromPage(request);
        response.setHeader(
                "WWW-Authenticate", page ? "Rollcall-Session" : "Basic realm=\"Rollcall\", charset=\"UTF-8\"");
        problem(
                response,
                401,
                "Unauthorized",
                page
                        ? "Log in with your Rollcall user name and password"
                        : "Log in with your Rollcall user name and password (HTTP Basic)");
    }

    private static void refuseWithoutPageHeader(HttpServletResponse response) throws IOException {
        problem(
                response,
                403,
                "Forbidden",
                "A change made with the page's login needs the " + PAGE_HEADER + " header (sent by the Rollcall page)");
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}
