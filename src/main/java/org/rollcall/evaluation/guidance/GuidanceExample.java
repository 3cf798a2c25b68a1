package org.rollcall.evaluation.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One example under an expectation; depth 2 is a sub-point of the example before it. */
@Entity
@Table(name = "guidance_example")
public class GuidanceExample {
    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "expectation_id")
    private GuidanceExpectation expectation;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int depth;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    protected GuidanceExample() {}

    public int getDepth() {
        return depth;
    }

    public String getBody() {
        return body;
    }
}
