package org.rollcall.school;

/** A governor as the school gives them: a name and the address the pack goes to. */
public record GovernorContact(String name, String email) {}
