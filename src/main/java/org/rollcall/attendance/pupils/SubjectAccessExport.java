package org.rollcall.attendance.pupils;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.rollcall.attendance.Pupil;
import org.rollcall.delivery.ContentStore;

/**
 * A subject access export (UK GDPR article 15): one ZIP with everything Rollcall holds about one
 * pupil: details, spells on roll and contacts; every mark and every change to it; the school's
 * targets; every archived document about the pupil; and what other features add
 * ({@link SubjectAccessSection}, e.g. interventions). A README says in plain words what each file is.
 */
@ApplicationScoped
public class SubjectAccessExport {
    @Inject
    PupilQuery pupils;

    @Inject
    PupilRecordQuery records;

    @Inject
    ContentStore content;

    @Inject
    Instance<SubjectAccessSection> sections;

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] zip(Pupil pupil) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> readme = new ArrayList<>(SubjectAccessReadme.opening(pupil));
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "pupil.json", json(PupilView.full(pupil, pupils.contacts(pupil))));
            put(zip, "marks.csv", csv("date,session,code,minutes_late", records.marks(pupil.getId())));
            put(
                    zip,
                    "mark-changes.csv",
                    csv(
                            "date,session,old_code,new_code,changed_at,import_id,file_name",
                            records.markChanges(pupil.getId())));
            put(zip, "targets.csv", csv("term_start,target,set_by,set_at", records.targets(pupil.getId())));
            readme.addAll(documents(zip, pupil));
            readme.addAll(otherSections(zip, pupil));
            put(zip, "README.txt", String.join("\n", readme).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<String> documents(ZipOutputStream zip, Pupil pupil) throws IOException {
        List<PupilRecordQuery.DocumentAbout> about =
                records.documents(pupil.getSchool().getId(), pupil.getUpn());
        List<String> lines = new ArrayList<>();
        lines.add("documents/: "
                + (about.isEmpty()
                        ? "no archived document is about this pupil."
                        : about.size() + " archived document(s) about this pupil, exactly as they were made:"));
        for (PupilRecordQuery.DocumentAbout d : about) {
            String name = "documents/" + d.id() + "-" + d.kind().toLowerCase() + ".pdf";
            content.get(d.sha256()).ifPresent(pdf -> putQuietly(zip, name, pdf));
            lines.add("  " + name + ": " + d.title() + " (" + d.termLabel() + ")");
        }
        return lines;
    }

    private List<String> otherSections(ZipOutputStream zip, Pupil pupil) throws IOException {
        List<String> lines = new ArrayList<>();
        for (SubjectAccessSection section : sections) {
            for (Map.Entry<String, byte[]> file :
                    section.files(pupil.getSchool().getUrn(), pupil.getUpn()).entrySet()) {
                put(zip, section.folder() + "/" + file.getKey(), file.getValue());
            }
            lines.add(section.folder() + "/: " + section.description());
        }
        return lines;
    }

    private static byte[] json(Object value) {
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return jsonb.toJson(value).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the pupil's details", e);
        }
    }

    static byte[] csv(String header, List<Object[]> rows) {
        StringBuilder out = new StringBuilder(header).append('\n');
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                out.append(i == 0 ? "" : ",").append(cell(row[i]));
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static void putQuietly(ZipOutputStream zip, String name, byte[] data) {
        try {
            put(zip, name, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
