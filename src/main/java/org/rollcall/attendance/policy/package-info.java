/** What the figures are compared with and judged by: national benchmarks, a school's targets and band limits, pupils' own targets. */
package org.rollcall.attendance.policy;
