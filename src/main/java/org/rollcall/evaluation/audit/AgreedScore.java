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

/** The score the group agreed for an item after exploring its differences, with the lead's note. */
@Entity
@Table(name = "audit_agreed_score")
public class AgreedScore {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private AuditRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private FrameworkItem item;

    @Column(nullable = false)
    private int score;

    @Column(columnDefinition = "TEXT")
    private String note;

    @Column(name = "agreed_by", nullable = false, length = 100)
    private String agreedBy;

    @Column(name = "agreed_at", nullable = false)
    private LocalDateTime agreedAt;

    protected AgreedScore() {}

    public AgreedScore(
            AuditRound round,
            FrameworkItem item,
            int score,
            Optional<String> note,
            String agreedBy,
            LocalDateTime agreedAt) {
        this.round = round;
        this.item = item;
        agree(score, note, agreedBy, agreedAt);
    }

    /** Agreeing again during the review replaces the score: the group may revisit an item before the round closes. */
    void agree(int newScore, Optional<String> newNote, String by, LocalDateTime at) {
        this.score = newScore;
        this.note = newNote.orElse(null);
        this.agreedBy = by;
        this.agreedAt = at;
    }

    public Long getId() {
        return id;
    }

    public FrameworkItem getItem() {
        return item;
    }

    public int getScore() {
        return score;
    }

    public Optional<String> getNote() {
        return Optional.ofNullable(note);
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public LocalDateTime getAgreedAt() {
        return agreedAt;
    }
}
