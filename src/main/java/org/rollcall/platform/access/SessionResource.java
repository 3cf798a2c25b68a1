package org.rollcall.platform.access;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rollcall.platform.ProblemException;

/**
 * {@code /api/session}: the web page's login. {@code POST} checks the password as HTTP Basic does
 * ({@link PasswordCheck}: the same users, delay and audit) and starts a fresh HTTP session, in which
 * Elytron keeps the identity; {@code GET} says who is logged in and where their roles apply (the page
 * builds its navigation from it); {@code DELETE} logs out. Scripts keep using HTTP Basic.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record LoginRequest(@NotBlank @Size(max = 100) String username, @NotNull @Size(max = 200) String password) {}

    @Inject
    PasswordCheck passwords;

    @Inject
    CallerGrants caller;

    @Inject
    SessionViews views;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionViews.SessionView logIn(@NotNull @Valid LoginRequest body, @Context HttpServletRequest request) {
        HttpSession earlier = request.getSession(false);
        if (earlier != null) {
            earlier.invalidate(); // a new session id at every login: no session fixation
        }
        HttpSession session = request.getSession(true);
        if (!passwords.logIn(request, body.username(), body.password())) {
            session.invalidate();
            throw new ProblemException(401, "Unauthorized", "The user name or the password is not right");
        }
        session.setAttribute(LoginGate.SESSION_USER, body.username());
        return views.of(caller.grantsOf(body.username()));
    }

    @GET
    @PermitAll
    public SessionViews.SessionView whoAmI() {
        return views.of(caller.grants());
    }

    @DELETE
    @PermitAll
    public Response logOut(@Context HttpServletRequest request) throws ServletException {
        HttpSession session = request.getSession(false);
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }
}
