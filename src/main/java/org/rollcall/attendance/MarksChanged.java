package org.rollcall.attendance;

/**
 * A CDI event: an import wrote session marks of this school. Observers that keep anything
 * derived from the marks (the statistics' register cache) react once the writing transaction has
 * committed, so the importer needs to know nothing about them.
 */
public record MarksChanged(long schoolId) {}
