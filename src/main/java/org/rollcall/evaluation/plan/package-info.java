/** The action plan of a round: actions linked to items, their status, dated progress notes and which are overdue. */
package org.rollcall.evaluation.plan;
