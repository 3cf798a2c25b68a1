package org.rollcall.attendance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.rollcall.platform.StoredTime;
import org.rollcall.school.School;

/**
 * One file in one transaction: the import's record, then the rows. Any error rolls back
 * everything the file wrote, so a file applies wholly or not at all.
 */
@ApplicationScoped
public class ImportTransaction {
    @Inject
    ImportHistory history;

    @Inject
    PupilCsvImport pupils;

    @Inject
    ContactCsvImport contacts;

    @Inject
    MarkCsvImport marks;

    @Inject
    CtfImport ctf;

    @Inject
    Clock clock;

    @Transactional
    public ImportResult apply(
            School school, ImportKind kind, String fileName, Sha256Stream in, String user, String source) {
        ImportRecord record = history.open(school.getId(), kind, fileName, source, user);
        // parsers close what they read; the checksum still needs the rest of the stream
        InputStream content = CloseShieldInputStream.wrap(in);
        ImportResult result =
                switch (kind) {
                    case PUPILS -> pupils.apply(school, fileName, content);
                    case CONTACTS -> contacts.apply(school, fileName, content);
                    case MARKS -> marks.apply(school, fileName, content, record.getId());
                    case CTF -> ctf.apply(school, fileName, content, record.getId());
                };
        in.drain();
        record.applied(in.hex(), result, StoredTime.now(clock));
        return result.withId(record.getId());
    }
}
