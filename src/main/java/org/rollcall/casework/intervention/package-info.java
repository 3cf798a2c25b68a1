/** Interventions recorded per pupil (entity, repository, validation, service) and their REST resources. */
package org.rollcall.casework.intervention;
