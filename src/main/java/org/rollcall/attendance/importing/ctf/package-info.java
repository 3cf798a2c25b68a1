/**
 * A streaming, hardened reader for the DfE Common Transfer File (CTF): pupil core data and the
 * attendance section, with the session marks string expanded into dated AM/PM marks.
 */
package org.rollcall.attendance.importing.ctf;
