package org.rollcall.evaluation.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the nine approaches of the DfES "Effective Attendance Practice in Schools" (Ethos, Policy, Systems, ...). */
@Entity
@Table(name = "dfes_approach")
public class DfesApproach {
    @Id
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int position;

    protected DfesApproach() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
