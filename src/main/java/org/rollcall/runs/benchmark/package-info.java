/** Benchmark-only endpoints (off unless ROLLCALL_BENCHMARK_ENDPOINTS=true): the naive render loop beside Rollcall's, on the same data. */
package org.rollcall.runs.benchmark;
