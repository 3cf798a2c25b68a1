package org.rollcall.attendance.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One import, applied or refused: the import history a school can look back on. */
@Entity
@Table(name = "import_record")
public class ImportRecord {

    /** Applied wholly, or refused wholly. */
    public enum Status {
        APPLIED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ImportKind kind;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256 = "";

    @Column(nullable = false, length = 20)
    private String source;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Status status = Status.APPLIED;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(nullable = false)
    private int added;

    @Column(nullable = false)
    private int changed;

    @Column(nullable = false)
    private int unchanged;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(columnDefinition = "TEXT")
    private String summary;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    protected ImportRecord() {}

    ImportRecord(
            long schoolId,
            ImportKind kind,
            String fileName,
            String source,
            String importedBy,
            LocalDateTime startedAt) {
        this.schoolId = schoolId;
        this.kind = kind;
        this.fileName = fileName;
        this.source = source;
        this.importedBy = importedBy;
        this.startedAt = startedAt;
    }

    void applied(String sha, ImportResult result, LocalDateTime at) {
        this.sha256 = sha;
        this.status = Status.APPLIED;
        this.rowsRead = result.rows();
        this.added = result.added();
        this.changed = result.changed();
        this.unchanged = result.unchanged();
        this.summary = result.warnings().isEmpty() ? null : String.join("\n", result.warnings());
        this.finishedAt = at;
    }

    void refused(String sha, int errors, String detail, LocalDateTime at) {
        this.sha256 = sha;
        this.status = Status.REFUSED;
        this.errorCount = errors;
        this.summary = detail;
        this.finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public ImportKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public String getSource() {
        return source;
    }

    public Status getStatus() {
        return status;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getAdded() {
        return added;
    }

    public int getChanged() {
        return changed;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }
}
