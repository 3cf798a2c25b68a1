/** One pupil judged by the process map: bands, track, escalation flags, guidance and the individual target. */
package org.rollcall.attendance.statistics.pupil;
