package org.rollcall.reporting.sef;

import java.util.Optional;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.school.School;

/**
 * THE HOOK for casework's intervention impact ({@code GET /schools/{urn}/interventions/impact}): a CDI
 * bean implementing this is picked up by {@link SefAssembler} and its impact printed under
 * "Strategies in place and their impact". Until one exists the section says that interventions are
 * not recorded in Rollcall yet. Casework's implementation should return empty when the school has no
 * intervention in the window.
 */
public interface InterventionImpactSource {

    Optional<InterventionImpact> impact(School school, DateWindow window);
}
