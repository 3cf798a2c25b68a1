package org.rollcall.reporting.printout;

import java.util.List;
import java.util.Optional;

/**
 * Whom a printout is addressed to: a contact who receives correspondence (by email or by post), or
 * "the parent or carer of" the pupil when no contact does.
 */
public record Addressee(String name, List<String> addressLines, Optional<String> email, boolean byPost) {

    public Addressee {
        addressLines = List.copyOf(addressLines);
    }

    static Addressee parentOrCarerOf(String pupilName) {
        return new Addressee("To the parent or carer of " + pupilName, List.of(), Optional.empty(), true);
    }
}
