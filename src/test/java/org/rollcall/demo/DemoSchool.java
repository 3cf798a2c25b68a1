package org.rollcall.demo;

/**
 * The demo school's identity.
 *
 * @param urn                 unique reference number (999xxx: made up, not a real school)
 * @param laCode              local authority code (999: no real authority)
 * @param establishmentNumber DfE establishment number (2xxx primary, 4xxx secondary)
 */
public record DemoSchool(String urn, String name, DemoSpec.Phase phase, String laCode, String establishmentNumber) {

    static DemoSchool forPhase(DemoSpec.Phase phase) {
        return phase == DemoSpec.Phase.PRIMARY
                ? new DemoSchool("999201", "Oakfield Demo Primary School", phase, RollBuilder.LA_CODE, "2999")
                : new DemoSchool("999401", "Oakfield Demo Academy", phase, RollBuilder.LA_CODE, "4999");
    }
}
