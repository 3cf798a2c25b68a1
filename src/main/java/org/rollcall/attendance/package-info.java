/** Pupils, register codes and session marks: the attendance data everything else is measured from. */
package org.rollcall.attendance;
