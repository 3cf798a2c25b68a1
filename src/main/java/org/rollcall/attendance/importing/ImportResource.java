package org.rollcall.attendance.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rollcall.platform.Roles;

/**
 * {@code POST /api/schools/{urn}/contacts|marks} (CSV) and {@code /ctf} (CTF XML): each file
 * applied wholly or not at all, with a 422 problem body listing every error. Pupils CSV is posted
 * to {@code /schools/{urn}/pupils}, served by PupilResource (one class per path: see RestApplication).
 */
@Path("schools/{urn}/{kind: contacts|marks|ctf}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD, Roles.HEADTEACHER})
public class ImportResource {
    private static final Pattern FILENAME = Pattern.compile("filename=\"?([^\";]+)\"?");

    @Inject
    ImportService imports;

    @POST
    @Operation(
            summary = "Import a contacts or marks CSV, or a DfE Common Transfer File",
            description =
                    "kind is contacts, marks (text/csv) or ctf (XML; DTDs and entities refused). The whole file or"
                            + " nothing: 422 lists every error with file, line, field, value and reason")
    @Consumes({
        "text/csv",
        MediaType.TEXT_PLAIN,
        MediaType.APPLICATION_XML,
        MediaType.TEXT_XML,
        MediaType.APPLICATION_OCTET_STREAM
    })
    public ImportResult upload(
            @PathParam("urn") String urn,
            @PathParam("kind") String kind,
            @HeaderParam("Content-Disposition") String disposition,
            InputStream body,
            @Context SecurityContext security) {
        ImportKind importKind = ImportKind.valueOf(kind.toUpperCase(Locale.ROOT));
        String fallback = importKind == ImportKind.CTF ? "ctf.xml" : kind + ".csv";
        return imports.run(
                urn,
                importKind,
                fileName(disposition, fallback),
                body,
                security.getUserPrincipal().getName(),
                ImportService.FROM_API);
    }

    /** The name the file had on the sender's machine, so errors name the file the office knows. */
    public static String fileName(String disposition, String fallback) {
        if (disposition != null) {
            Matcher m = FILENAME.matcher(disposition);
            if (m.find()) {
                return m.group(1).replaceAll("[\\\\/]", "_");
            }
        }
        return fallback;
    }
}
