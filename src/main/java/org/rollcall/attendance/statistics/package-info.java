/** Pure attendance calculations (rates, persistent absence, groups, comparisons, bands, targets): no JPA, no CDI. */
package org.rollcall.attendance.statistics;
