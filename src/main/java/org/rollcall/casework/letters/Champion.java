package org.rollcall.casework.letters;

import java.util.Objects;
import java.util.Optional;

/** The school's senior attendance champion, whose name and contact every letter gives. */
public record Champion(String name, Optional<String> email, Optional<String> phone) {

    public Champion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
    }

    /** "Ms Jo Head (attendance@school.example, 01234 567890)". */
    String contactText() {
        String how = String.join(
                ", ",
                java.util.stream.Stream.of(email, phone)
                        .flatMap(Optional::stream)
                        .toList());
        return how.isEmpty() ? name : name + " (" + how + ")";
    }
}
