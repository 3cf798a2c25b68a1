package org.rollcall.platform.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that names or describes pupils. {@link ScopeFilter} refuses it to governors (403)
 * and, with a {@code upn} path parameter, limits tutors to their forms and year groups (404 otherwise);
 * {@link PupilReadRecorder} writes each successful call to the audit trail under {@link #value()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PupilLevel {
    /** The audit action recorded for a successful call. */
    String value() default "PUPIL_READ";
}
