package org.rollcall.school;

/** The phase of education a school provides; primary and secondary absence differ markedly. */
public enum Phase {
    PRIMARY,
    SECONDARY,
    ALL_THROUGH,
    SPECIAL,
    ALTERNATIVE_PROVISION
}
