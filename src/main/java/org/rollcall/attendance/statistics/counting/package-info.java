/** Counting marks: register codes and their categories, a pupil's marks into session tallies, dates and windows, exact percentages. */
package org.rollcall.attendance.statistics.counting;
