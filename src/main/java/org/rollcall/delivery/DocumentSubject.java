package org.rollcall.delivery;

import java.util.Optional;

/** What an archived document is about: one pupil (with their form and year), one form, one year group, or none. */
public record DocumentSubject(Optional<String> upn, Optional<String> form, Optional<String> yearGroup) {

    public static final DocumentSubject NONE =
            new DocumentSubject(Optional.empty(), Optional.empty(), Optional.empty());

    /** A pupil's document; the form or year group may be unknown (null) for a pupil without one. */
    public static DocumentSubject pupil(String upn, String form, String yearGroup) {
        return new DocumentSubject(Optional.of(upn), Optional.ofNullable(form), Optional.ofNullable(yearGroup));
    }

    public static DocumentSubject form(String form) {
        return new DocumentSubject(Optional.empty(), Optional.of(form), Optional.empty());
    }

    public static DocumentSubject yearGroup(String yearGroup) {
        return new DocumentSubject(Optional.empty(), Optional.empty(), Optional.of(yearGroup));
    }
}
