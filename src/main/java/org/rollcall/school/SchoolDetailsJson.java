package org.rollcall.school;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.rollcall.school.details.Champion;
import org.rollcall.school.details.DetailsChange;

/** The JSON of a school's details beside {@link SchoolResource}: the champion entry and the request as a change. */
public final class SchoolDetailsJson {

    public record ChampionEntry(
            @Size(max = 200) String name, @Email @Size(max = 320) String email, @Size(max = 40) String phone) {}

    private SchoolDetailsJson() {}

    static ChampionEntry champion(Champion c) {
        return c.isKnown()
                ? new ChampionEntry(
                        c.name().orElse(null), c.email().orElse(null), c.phone().orElse(null))
                : null;
    }

    static DetailsChange change(SchoolResource.SchoolRequest r) {
        return new DetailsChange(
                Optional.ofNullable(r.address()),
                Optional.ofNullable(r.phone()),
                Optional.ofNullable(r.email()),
                Optional.ofNullable(r.website()),
                Optional.ofNullable(r.headteacher()),
                Optional.ofNullable(r.attendanceChampion())
                        .map(c -> new DetailsChange.ChampionChange(
                                Optional.ofNullable(c.name()),
                                Optional.ofNullable(c.email()),
                                Optional.ofNullable(c.phone()))));
    }
}
