package org.rollcall.evaluation.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/** What the guidance expects of a school under one chevron, with its examples and its links to approaches and outcomes. */
@Entity
@Table(name = "guidance_expectation")
public class GuidanceExpectation {
    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "guidance_chevron_id")
    private GuidanceChevron chevron;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String expectation;

    @Column(columnDefinition = "TEXT")
    private String resources;

    @OneToMany(mappedBy = "expectation")
    @OrderBy("position")
    private List<GuidanceExample> examples;

    // the link tables keep the seed's order in their position column (counted from 1)
    @ManyToMany
    @JoinTable(
            name = "guidance_expectation_approach",
            joinColumns = @JoinColumn(name = "expectation_id"),
            inverseJoinColumns = @JoinColumn(name = "approach_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<DfesApproach> approaches;

    @ManyToMany
    @JoinTable(
            name = "guidance_expectation_outcome",
            joinColumns = @JoinColumn(name = "expectation_id"),
            inverseJoinColumns = @JoinColumn(name = "outcome_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<EcmOutcome> outcomes;

    protected GuidanceExpectation() {}

    public String getExpectation() {
        return expectation;
    }

    /** The "current resources or web links" column, one per line. */
    public List<String> getResources() {
        return resources == null
                ? List.of()
                : Arrays.stream(resources.split("\n")).filter(r -> !r.isBlank()).toList();
    }

    public List<GuidanceExample> getExamples() {
        return examples;
    }

    public List<DfesApproach> getApproaches() {
        return approaches;
    }

    public List<EcmOutcome> getOutcomes() {
        return outcomes;
    }
}
