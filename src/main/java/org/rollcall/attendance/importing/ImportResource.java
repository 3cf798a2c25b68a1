package org.rollcall.attendance.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rollcall.platform.Roles;

/** {@code POST /api/schools/{urn}/pupils} and {@code /marks}: CSV uploads, applied wholly or not at all. */
@Path("schools/{urn}/{file: pupils|marks}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ATTENDANCE_LEAD})
public class ImportResource {
    private static final Pattern FILENAME = Pattern.compile("filename=\"?([^\";]+)\"?");

    @Inject
    PupilCsvImport pupilImport;

    @Inject
    MarkCsvImport markImport;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportResult upload(@PathParam("urn") String urn, @PathParam("file") String file,
                               @HeaderParam("Content-Disposition") String disposition, InputStream body) {
        InputStream limited = UploadLimit.wrap(body);
        return file.equals("pupils")
                ? pupilImport.importCsv(urn, fileName(disposition, "pupils.csv"), limited)
                : markImport.importCsv(urn, fileName(disposition, "marks.csv"), limited);
    }

    /** The name the file had on the sender's machine, so errors name the file the office knows. */
    static String fileName(String disposition, String fallback) {
        if (disposition != null) {
            Matcher m = FILENAME.matcher(disposition);
            if (m.find()) {
                return m.group(1).replaceAll("[\\\\/]", "_");
            }
        }
        return fallback;
    }
}
