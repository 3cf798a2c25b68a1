/** Figures beside something else: the same weeks last year, PA movement, national benchmarks, the school's targets. */
package org.rollcall.attendance.statistics.comparison;
