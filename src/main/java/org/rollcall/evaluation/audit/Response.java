package org.rollcall.evaluation.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;
import org.rollcall.evaluation.framework.FrameworkItem;

/** One respondent's score for one item, with "How do you know?" and "What action is needed?". */
@Entity
@Table(name = "audit_response")
public class Response {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "respondent_id")
    private Respondent respondent;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private FrameworkItem item;

    @Column(nullable = false)
    private int score;

    @Column(columnDefinition = "TEXT")
    private String evidence;

    @Column(name = "action_needed", columnDefinition = "TEXT")
    private String actionNeeded;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private LocalDateTime enteredAt;

    protected Response() {}

    public Response(
            Respondent respondent,
            FrameworkItem item,
            int score,
            Optional<String> evidence,
            Optional<String> actionNeeded,
            String enteredBy,
            LocalDateTime enteredAt) {
        this.respondent = respondent;
        this.item = item;
        this.score = score;
        this.evidence = evidence.orElse(null);
        this.actionNeeded = actionNeeded.orElse(null);
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long getId() {
        return id;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public FrameworkItem getItem() {
        return item;
    }

    public int getScore() {
        return score;
    }

    public Optional<String> getEvidence() {
        return Optional.ofNullable(evidence);
    }

    public Optional<String> getActionNeeded() {
        return Optional.ofNullable(actionNeeded);
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public LocalDateTime getEnteredAt() {
        return enteredAt;
    }
}
