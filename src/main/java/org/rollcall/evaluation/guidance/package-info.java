/** The guidance library ("Addressing Absence"): per chevron, expectations with examples, DfES approaches and ECM outcomes. */
package org.rollcall.evaluation.guidance;
