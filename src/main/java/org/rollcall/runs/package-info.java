/** Report runs: a kind of report for a school and a window, run as a Jakarta Batch job, with its status and documents. */
package org.rollcall.runs;
