package org.rollcall.evaluation.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rollcall.evaluation.audit.AuditRound;
import org.rollcall.evaluation.framework.FrameworkItem;

/** An action of a round's plan, linked to the item it improves (seed 001, step 6). */
@Entity
@Table(name = "plan_action")
public class PlanAction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private AuditRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private FrameworkItem item;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(nullable = false, length = 200)
    private String owner;

    @Column(name = "first_step", columnDefinition = "TEXT")
    private String firstStep;

    @Column(length = 200)
    private String overseer;

    @Column(name = "success_measure", columnDefinition = "TEXT")
    private String successMeasure;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 15)
    private ActionStatus status;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "action")
    @OrderBy("notedOn, id")
    private List<ProgressNote> notes = new ArrayList<>();

    protected PlanAction() {}

    public PlanAction(
            AuditRound round,
            FrameworkItem item,
            ActionPlanRequests.NewAction request,
            Priority priority,
            ActionStatus status,
            String createdBy,
            LocalDateTime createdAt) {
        this.round = round;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        edit(item, request, priority, status);
    }

    /** Everything but who made it and when: an action is rewritten as the plan moves on (notes keep the history). */
    void edit(
            FrameworkItem newItem, ActionPlanRequests.NewAction request, Priority newPriority, ActionStatus newStatus) {
        this.item = newItem;
        this.description = request.description().trim();
        this.priority = newPriority;
        this.owner = request.owner().trim();
        this.firstStep = request.firstStep();
        this.overseer = request.overseer();
        this.successMeasure = request.successMeasure();
        this.dueOn = request.dueOn();
        this.status = newStatus;
    }

    void changeStatus(ActionStatus newStatus) {
        this.status = newStatus;
    }

    public Long getId() {
        return id;
    }

    public AuditRound getRound() {
        return round;
    }

    public FrameworkItem getItem() {
        return item;
    }

    public String getDescription() {
        return description;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getOwner() {
        return owner;
    }

    public Optional<String> getFirstStep() {
        return Optional.ofNullable(firstStep);
    }

    public Optional<String> getOverseer() {
        return Optional.ofNullable(overseer);
    }

    public Optional<String> getSuccessMeasure() {
        return Optional.ofNullable(successMeasure);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public List<ProgressNote> getNotes() {
        return notes;
    }
}
