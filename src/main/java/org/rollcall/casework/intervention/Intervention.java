package org.rollcall.casework.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rollcall.attendance.Pupil;
import org.rollcall.casework.CaseEvent;
import org.rollcall.casework.InterventionType;
import org.rollcall.casework.PenaltyStatus;

/** Something the school did about one pupil's attendance. Notes and outcome are pupil data: never logged. */
@Entity
@Table(name = "intervention")
public class Intervention {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private InterventionType type;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @Column(length = 1000)
    private String outcome;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "improvement_ends_on")
    private LocalDate improvementEndsOn;

    @Column(length = 200)
    private String parent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "penalty_status", length = 20)
    private PenaltyStatus penaltyStatus;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected Intervention() {}

    public Intervention(Pupil pupil, InterventionFields fields, String recordedBy, LocalDateTime now) {
        this.pupil = pupil;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        apply(fields, now);
    }

    /** Replaces every field with the (already validated) values. */
    public void apply(InterventionFields f, LocalDateTime now) {
        type = f.type();
        occurredOn = f.date();
        owner = f.owner();
        notes = f.notes().orElse(null);
        outcome = f.outcome().orElse(null);
        reviewOn = f.reviewDate().orElse(null);
        improvementEndsOn = f.improvementPeriodEnds().orElse(null);
        parent = f.parent().orElse(null);
        penaltyStatus = f.penaltyStatus().orElse(null);
        updatedAt = now;
    }

    public InterventionFields fields() {
        return new InterventionFields(
                type,
                occurredOn,
                owner,
                Optional.ofNullable(notes),
                Optional.ofNullable(outcome),
                Optional.ofNullable(reviewOn),
                Optional.ofNullable(improvementEndsOn),
                Optional.ofNullable(parent),
                Optional.ofNullable(penaltyStatus));
    }

    /** What the trigger rules read: no notes, no owner. */
    public CaseEvent event() {
        return new CaseEvent(
                id,
                type,
                occurredOn,
                Optional.ofNullable(parent),
                Optional.ofNullable(penaltyStatus),
                Optional.ofNullable(improvementEndsOn));
    }

    public Long getId() {
        return id;
    }

    public Pupil getPupil() {
        return pupil;
    }

    public InterventionType getType() {
        return type;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getOwner() {
        return owner;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
