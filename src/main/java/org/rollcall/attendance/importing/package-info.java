/** Reading MIS exports (CSV) into pupils and marks: validated whole, applied wholly or not at all. */
package org.rollcall.attendance.importing;
