/**
 * A seeded demo school of any size and phase: pupils, contacts, two years of registers, the
 * calendar and a CTF, written as the same files a school's MIS would export.
 */
package org.rollcall.demo;
