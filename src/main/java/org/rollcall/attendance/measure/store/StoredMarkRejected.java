package org.rollcall.attendance.measure.store;

/**
 * A mark in the database has a code the register code table no longer accepts on its date, so
 * the figures cannot be counted until the table or the marks are corrected. The REST layer
 * answers it as a 409 conflict.
 */
public class StoredMarkRejected extends RuntimeException {
    public StoredMarkRejected(String message) {
        super(message);
    }
}
