/** The casework worklist: every pupil with open triggers, the process map's next step, and whether action is due. */
package org.rollcall.casework.worklist;
