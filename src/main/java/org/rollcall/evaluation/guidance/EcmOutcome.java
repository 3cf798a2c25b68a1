package org.rollcall.evaluation.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the five Every Child Matters outcomes of the Ofsted grade descriptions (Enjoy, Safe, Healthy, PCC, FEW). */
@Entity
@Table(name = "ecm_outcome")
public class EcmOutcome {
    @Id
    private Long id;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String descriptor;

    @Column(nullable = false)
    private int position;

    protected EcmOutcome() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescriptor() {
        return descriptor;
    }
}
