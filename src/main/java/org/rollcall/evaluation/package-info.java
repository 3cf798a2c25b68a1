/** Self-evaluation: the school's frameworks, audit rounds with several respondents, synthesis, action plans and next steps. */
package org.rollcall.evaluation;
