/** The measured impact of each type of intervention: attendance over the school weeks before and after. */
package org.rollcall.casework.impact;
