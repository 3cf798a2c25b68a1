package org.rollcall.evaluation.audit;

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
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Someone whose view a round gathers. With a username they log in and score as themselves;
 * without one (a parent, a pupil, a partner) the lead enters their answers for them.
 */
@Entity
@Table(name = "audit_respondent")
public class Respondent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private AuditRound round;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private RespondentKind kind;

    @Column(length = 100)
    private String username;

    protected Respondent() {}

    public Respondent(AuditRound round, String name, RespondentKind kind, Optional<String> username) {
        this.round = round;
        this.name = name;
        this.kind = kind;
        this.username = username.orElse(null);
    }

    public Long getId() {
        return id;
    }

    public AuditRound getRound() {
        return round;
    }

    public String getName() {
        return name;
    }

    public RespondentKind getKind() {
        return kind;
    }

    public Optional<String> getUsername() {
        return Optional.ofNullable(username);
    }

    public boolean isUser(String login) {
        return login.equals(username);
    }
}
