/**
 * A seeded demo school of any size and phase: pupils, contacts, two years of registers, the
 * calendar and a CTF, written as the same files a school's MIS would export. Test-scope sources
 * (used by the Run command, the benchmarks and the tests), never in the WAR.
 */
package org.rollcall.demo;
