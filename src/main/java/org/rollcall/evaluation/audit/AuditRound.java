package org.rollcall.evaluation.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
import org.rollcall.evaluation.framework.Framework;
import org.rollcall.school.School;

/** A round of self-evaluation at one school against one framework version. */
@Entity
@Table(name = "audit_round")
public class AuditRound {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private RoundStatus status;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "scoring_closed_at")
    private LocalDateTime scoringClosedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    protected AuditRound() {}

    public AuditRound(
            School school, Framework framework, String title, LocalDate heldOn, String openedBy, LocalDateTime now) {
        this.school = school;
        this.framework = framework;
        this.title = title;
        this.heldOn = heldOn;
        this.openedBy = openedBy;
        this.openedAt = now;
        this.status = RoundStatus.SCORING;
    }

    void closeScoring(LocalDateTime now) {
        status = RoundStatus.REVIEW;
        scoringClosedAt = now;
    }

    void close(LocalDateTime now) {
        status = RoundStatus.CLOSED;
        closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public Framework getFramework() {
        return framework;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Optional<LocalDateTime> getScoringClosedAt() {
        return Optional.ofNullable(scoringClosedAt);
    }

    public Optional<LocalDateTime> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }
}
