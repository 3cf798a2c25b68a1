/** Audit rounds: respondents score alone, the lead closes scoring, reviews the synthesis, agrees scores and closes the round. */
package org.rollcall.evaluation.audit;
