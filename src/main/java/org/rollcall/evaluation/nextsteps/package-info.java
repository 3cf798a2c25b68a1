/** Next steps: for each chevron agreed Red or Amber, the expectations and examples the guidance library gives for it. */
package org.rollcall.evaluation.nextsteps;
