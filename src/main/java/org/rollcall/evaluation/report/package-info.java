/** The self-evaluation summary a governor pack uses: latest agreed scores with RAG and change, disagreements, overdue actions, next steps. */
package org.rollcall.evaluation.report;
