package org.rollcall.attendance.importing;

/** What a file holds. */
public enum ImportKind {
    PUPILS,
    CONTACTS,
    MARKS,
    CTF
}
