package org.rollcall.school.details;

import java.util.Optional;

/**
 * The senior attendance champion (DfE guidance, 2024): the leader a parent can contact about
 * attendance. Every part is optional because schools fill their details in over time.
 */
public record Champion(Optional<String> name, Optional<String> email, Optional<String> phone) {

    public static final Champion NONE = new Champion(Optional.empty(), Optional.empty(), Optional.empty());

    public boolean isKnown() {
        return name.isPresent() || email.isPresent() || phone.isPresent();
    }
}
