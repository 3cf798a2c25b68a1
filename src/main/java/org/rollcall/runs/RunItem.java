package org.rollcall.runs;

/** One item of a run's chunk step: its position in the run's items and its key (a UPN, a form...). */
record RunItem(int index, String key) {}
