package org.rollcall.attendance.pupils;

import java.util.Map;

/**
 * A part of a subject access export that another feature holds, such as casework's interventions and
 * letters: a CDI bean implementing this is found by {@link SubjectAccessExport} and its files go into
 * the ZIP under {@link #folder()}, described in the README by {@link #description()}.
 */
public interface SubjectAccessSection {
    /** The folder in the ZIP, e.g. {@code interventions}. */
    String folder();

    /** One plain sentence for the README. */
    String description();

    /** File name to content, for the pupil with this UPN at the school with this URN. */
    Map<String, byte[]> files(String urn, String upn);
}
