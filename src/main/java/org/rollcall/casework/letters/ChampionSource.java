package org.rollcall.casework.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.rollcall.school.School;
import org.rollcall.school.details.SchoolDetailsStore;

/**
 * Where letters find the school's attendance champion: the school's details. A champion without a
 * name is not one a parent can ask for, so letters then send parents to the school office.
 */
@ApplicationScoped
public class ChampionSource {

    @Inject
    SchoolDetailsStore details;

    public Optional<Champion> of(School school) {
        var champion = details.of(school).champion();
        return champion.name().map(name -> new Champion(name, champion.email(), champion.phone()));
    }

    /** The school's postal address on one line, or its URN while the school has given none. */
    public String schoolLine(School school) {
        var lines = details.of(school).addressLines();
        return lines.isEmpty() ? "URN " + school.getUrn() : String.join(", ", lines);
    }
}
