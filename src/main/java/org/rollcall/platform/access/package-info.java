/**
 * Who may see what (issue 12), decided in one place for every endpoint. A role applies only in the
 * user's schools ({@code admin} everywhere). {@link ScopeFilter} reads the {@code urn} and {@code upn}
 * path parameters (and the owning school of {@code /audits/{id}} and {@code /runs/{id}}) and answers
 * 404, exactly as for an unknown school or pupil, when they are outside the caller's {@link Grants}.
 * A resource author adds only annotations: {@code @RolesAllowed} for who may call it at all, and
 * {@link PupilLevel} on a method that names a pupil, which keeps governors out (403), narrows tutors
 * to their forms and year groups, and writes the read to the audit trail ({@link PupilReadRecorder}).
 * Lists that span pupils ask {@link CallerGrants} for {@link Grants#mayReadPupil}; documents ask
 * {@link DocumentAudience}. Governors' requests always carry {@code audience=governors}
 * ({@link GovernorAudienceFilter}).
 */
package org.rollcall.platform.access;
