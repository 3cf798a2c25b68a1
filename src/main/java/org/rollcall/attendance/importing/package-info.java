/** Reading what schools send in: MIS CSV exports and the DfE Common Transfer File, checked before anything is kept. */
package org.rollcall.attendance.importing;
