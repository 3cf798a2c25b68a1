package org.rollcall.runs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rollcall.delivery.Document;
import org.rollcall.school.School;

/** One run of a report for a school and a window, with what it produced. */
@Entity
@Table(name = "report_run")
// only changed columns are written: progress, status and the job's id are set from different threads
@org.hibernate.annotations.DynamicUpdate
public class ReportRun {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private RunKind kind;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RunStatus status = RunStatus.QUEUED;

    @Column(length = 1000)
    private String message;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "progress_done", nullable = false)
    private int progressDone;

    @Column(name = "progress_total", nullable = false)
    private int progressTotal;

    @Column(length = 1000)
    private String forms;

    @Column(name = "year_groups", length = 200)
    private String yearGroups;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    // "<node>/<boot id>" of the server running its job: how a server knows what its earlier life left behind
    @Column(length = 200)
    private String owner;

    // lazy: a printout run links 1,500 documents, and a status poll must not load them (RunRepository reads ids)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "report_run_document",
            joinColumns = @JoinColumn(name = "run_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    private List<Document> documents = new ArrayList<>();

    protected ReportRun() {}

    public ReportRun(School school, RunKind kind, LocalDate from, LocalDate to, String requestedBy) {
        this.school = school;
        this.kind = kind;
        this.periodFrom = from;
        this.periodTo = to;
        this.requestedBy = requestedBy;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public ReportRun(School school, RunKind kind, LocalDate from, LocalDate to, String requestedBy, RunLimits limits) {
        this(school, kind, from, to, requestedBy);
        this.forms = RunLimits.joined(limits.forms());
        this.yearGroups = RunLimits.joined(limits.yearGroups());
    }

    /** Its batch job (first start or restart) has begun on this server. */
    void begin(long executionId, String server) {
        jobExecutionId = executionId;
        owner = server;
        status = RunStatus.RUNNING;
        message = null;
        finishedAt = null;
    }

    void ownedBy(String server) {
        owner = server;
    }

    void complete(String summary) {
        status = RunStatus.COMPLETED;
        message = summary;
        finishedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    void fail(String reason) {
        status = RunStatus.FAILED;
        message = reason == null ? "failed" : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        finishedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public RunKind getKind() {
        return kind;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public RunLimits limits() {
        return new RunLimits(RunLimits.split(forms), RunLimits.split(yearGroups));
    }

    public int getProgressDone() {
        return progressDone;
    }

    public int getProgressTotal() {
        return progressTotal;
    }

    public java.util.Optional<String> getOwner() {
        return java.util.Optional.ofNullable(owner);
    }

    public java.util.Optional<Long> getJobExecutionId() {
        return java.util.Optional.ofNullable(jobExecutionId);
    }

    public List<Document> getDocuments() {
        return List.copyOf(documents);
    }
}
