package org.rollcall.evaluation.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;

/** What respondents score: a chevron, an audit statement or a KPI, known in its framework by its code ("1.2b", "1.11"). */
@Entity
@Table(name = "framework_item")
public class FrameworkItem {
    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "heading_id")
    private FrameworkHeading heading;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String statement;

    @Column(name = "guidance_key", length = 40)
    private String guidanceKey;

    @Column(nullable = false)
    private boolean reconstructed;

    @Column(name = "reconstruction_note", length = 400)
    private String reconstructionNote;

    @OneToMany(mappedBy = "item")
    @OrderBy("position")
    private List<FrameworkQuestion> questions;

    protected FrameworkItem() {}

    public Long getId() {
        return id;
    }

    public FrameworkHeading getHeading() {
        return heading;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getStatement() {
        return Optional.ofNullable(statement);
    }

    /** The key of this chevron's guidance in the library, for items the guidance covers. */
    public Optional<String> getGuidanceKey() {
        return Optional.ofNullable(guidanceKey);
    }

    public boolean isReconstructed() {
        return reconstructed;
    }

    public Optional<String> getReconstructionNote() {
        return Optional.ofNullable(reconstructionNote);
    }

    public List<FrameworkQuestion> getQuestions() {
        return questions;
    }
}
