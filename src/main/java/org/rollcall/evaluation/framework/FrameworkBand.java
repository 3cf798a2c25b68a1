package org.rollcall.evaluation.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rollcall.evaluation.synthesis.Rag;

/** The scores of a framework that count as one RAG colour, and what that level means. */
@Entity
@Table(name = "framework_band")
public class FrameworkBand {
    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 5)
    private Rag rag;

    @Column(name = "score_from", nullable = false)
    private int scoreFrom;

    @Column(name = "score_to", nullable = false)
    private int scoreTo;

    @Column(columnDefinition = "TEXT")
    private String description;

    protected FrameworkBand() {}

    public Rag getRag() {
        return rag;
    }

    public int getScoreFrom() {
        return scoreFrom;
    }

    public int getScoreTo() {
        return scoreTo;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }
}
