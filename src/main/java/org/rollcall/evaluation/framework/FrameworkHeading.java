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

/** A heading of a framework (a RAG heading such as "1.2 Capacity to drive progress", or a foundation) with its items. */
@Entity
@Table(name = "framework_heading")
public class FrameworkHeading {
    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int part;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(nullable = false)
    private boolean reconstructed;

    @OneToMany(mappedBy = "heading")
    @OrderBy("position")
    private List<FrameworkItem> items;

    protected FrameworkHeading() {}

    public int getPosition() {
        return position;
    }

    public int getPart() {
        return part;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public boolean isReconstructed() {
        return reconstructed;
    }

    public List<FrameworkItem> getItems() {
        return items;
    }
}
