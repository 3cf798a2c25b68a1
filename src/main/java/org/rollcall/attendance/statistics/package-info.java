/**
 * Pure attendance calculations, no JPA, no CDI: {@code counting} (codes, marks into tallies, dates),
 * {@code population} (a population's figures and pupil groups), {@code pupil} (bands, track,
 * escalation, targets) and {@code comparison} (last year, national figures, school targets).
 */
package org.rollcall.attendance.statistics;
