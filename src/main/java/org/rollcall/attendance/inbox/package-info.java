/** The watched inbox folder an MIS nightly export drops files into; each is imported, then filed as processed or failed with a report. */
package org.rollcall.attendance.inbox;
