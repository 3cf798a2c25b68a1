/**
 * Casework from the process map and the national framework: interventions recorded per pupil, the
 * triggers worked out from the registers, the worklist of what is due, stage letters, and the
 * measured impact of each kind of intervention.
 */
package org.rollcall.casework;
