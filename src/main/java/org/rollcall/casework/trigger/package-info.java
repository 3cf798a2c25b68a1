/**
 * Plain Java, no JPA or CDI: the casework triggers worked out from one pupil's sessions, weekly
 * tallies and past interventions (penalty threshold, continuous absence, six weeks at the serious
 * limit, PA, severe, falling, missing marks, the limits on penalty notices and Notices to Improve).
 */
package org.rollcall.casework.trigger;
