/** Reading pupils back: the roll with filters, one pupil with spells and contacts, a pupil's register by week. */
package org.rollcall.attendance.pupils;
