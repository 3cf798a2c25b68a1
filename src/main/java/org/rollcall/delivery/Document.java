package org.rollcall.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.rollcall.school.School;

/** An archived document: what it is and the SHA-256 that addresses its bytes on disk. */
@Entity
@Table(name = "document")
public class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "term_label", nullable = false, length = 100)
    private String termLabel;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    /** Whom or what the document is about, when it is about one pupil, form or year group. */
    @Column(length = 13)
    private String upn;

    @Column(length = 20)
    private String form;

    @Column(name = "year_group", length = 3)
    private String yearGroup;

    // what a run made it for (run and pupil, form, year group...); unique, so nothing is archived twice
    @Column(name = "output_key", length = 200)
    private String outputKey;

    protected Document() {}

    Document(
            School school,
            String kind,
            String title,
            String termLabel,
            LocalDate periodFrom,
            LocalDate periodTo,
            String createdBy,
            long sizeBytes,
            String sha256,
            String contentType,
            LocalDateTime createdAt) {
        this.school = school;
        this.kind = kind;
        this.title = title;
        this.termLabel = termLabel;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.createdBy = createdBy;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.contentType = contentType;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getTermLabel() {
        return termLabel;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    void describe(DocumentSubject subject) {
        upn = subject.upn().orElse(null);
        form = subject.form().orElse(null);
        yearGroup = subject.yearGroup().orElse(null);
    }

    void keyAs(String key) {
        outputKey = key;
    }

    /** What a run made it for ({@code run:12:pupil:...}); absent for a document made outside a run. */
    public java.util.Optional<String> outputKey() {
        return java.util.Optional.ofNullable(outputKey);
    }

    public DocumentSubject subject() {
        return new DocumentSubject(
                java.util.Optional.ofNullable(upn),
                java.util.Optional.ofNullable(form),
                java.util.Optional.ofNullable(yearGroup));
    }

    /** A file name a person would recognise, for downloads and attachments. */
    public String fileName() {
        return kind.toLowerCase().replace('_', '-') + "-" + school.getUrn() + "-" + periodFrom + "-to-" + periodTo
                + ContentStore.extension(contentType);
    }
}
