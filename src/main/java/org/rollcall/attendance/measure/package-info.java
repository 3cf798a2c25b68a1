/** Reading a school's marks for a window as per-pupil counts, and summarising them for the API and reports. */
package org.rollcall.attendance.measure;
