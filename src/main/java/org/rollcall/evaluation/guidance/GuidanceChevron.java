package org.rollcall.evaluation.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/** The guidance for one chevron of the RAG framework, found by the key its framework items carry. */
@Entity
@Table(name = "guidance_chevron")
public class GuidanceChevron {
    @Id
    private Long id;

    @Column(name = "guidance_key", nullable = false, length = 40)
    private String key;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private int position;

    @OneToMany(mappedBy = "chevron")
    @OrderBy("position")
    private List<GuidanceExpectation> expectations;

    protected GuidanceChevron() {}

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public List<GuidanceExpectation> getExpectations() {
        return expectations;
    }
}
