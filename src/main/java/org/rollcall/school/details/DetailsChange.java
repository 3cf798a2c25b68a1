package org.rollcall.school.details;

import java.util.List;
import java.util.Optional;

/**
 * What a {@code PUT /schools/{urn}} says about the school's details. An absent part keeps what is
 * stored; a blank text clears it; an empty address list clears the address.
 */
public record DetailsChange(
        Optional<List<String>> address,
        Optional<String> phone,
        Optional<String> email,
        Optional<String> website,
        Optional<String> headteacher,
        Optional<ChampionChange> champion) {

    /** The champion's parts, with the same rule: absent keeps, blank clears. */
    public record ChampionChange(Optional<String> name, Optional<String> email, Optional<String> phone) {}

    public boolean isEmpty() {
        return address.isEmpty()
                && phone.isEmpty()
                && email.isEmpty()
                && website.isEmpty()
                && headteacher.isEmpty()
                && champion.isEmpty();
    }
}
