package org.rollcall.evaluation.plan;

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

/** A dated note on how an action is going ("How do people stay in communication about progress?"). */
@Entity
@Table(name = "plan_progress_note")
public class ProgressNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "action_id")
    private PlanAction action;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String note;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected ProgressNote() {}

    public ProgressNote(PlanAction action, LocalDate notedOn, String note, String author, LocalDateTime recordedAt) {
        this.action = action;
        this.notedOn = notedOn;
        this.note = note;
        this.author = author;
        this.recordedAt = recordedAt;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public String getNote() {
        return note;
    }

    public String getAuthor() {
        return author;
    }
}
