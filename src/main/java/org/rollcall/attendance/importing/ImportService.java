package org.rollcall.attendance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import org.rollcall.platform.ProblemException;
import org.rollcall.platform.RollcallSettings;
import org.rollcall.school.School;
import org.rollcall.school.SchoolService;

/**
 * Imports a file of any kind, from the API or the inbox: applies it in its own transaction and
 * records the outcome in the import history, refused files included (with their errors).
 */
@ApplicationScoped
public class ImportService {
    public static final String FROM_API = "API";
    public static final String FROM_INBOX = "INBOX";

    @Inject
    SchoolService schools;

    @Inject
    ImportTransaction transaction;

    @Inject
    ImportHistory history;

    @Inject
    RollcallSettings settings;

    public ImportResult run(
            String urn, ImportKind kind, String fileName, InputStream content, String user, String source) {
        School school = schools.require(urn);
        Sha256Stream in = new Sha256Stream(UploadLimit.wrap(content, settings.maxUploadBytes()));
        try {
            return transaction.apply(school, kind, fileName, in, user, source);
        } catch (ProblemException refused) {
            List<?> errors = refused.toProblem().errors();
            history.refused(
                    school.getId(), kind, fileName, source, user, in.hex(), errors.size(), refused.getMessage());
            throw refused;
        }
    }

    public List<MarkChange> changes(String urn, long importId) {
        return history.changes(schools.require(urn).getId(), importId);
    }

    public List<ImportRecord> history(String urn, int limit) {
        return history.of(schools.require(urn).getId(), limit);
    }
}
