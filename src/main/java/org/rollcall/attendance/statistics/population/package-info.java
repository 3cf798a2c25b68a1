/** A population's figures over a window: the headline rates, pupil groups with their gaps, trends and the bottom attenders. */
package org.rollcall.attendance.statistics.population;
