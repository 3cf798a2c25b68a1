/** Pure calculations on scores (median, range, disagreement, RAG bands, change between rounds); no JPA or CDI here. */
package org.rollcall.evaluation.synthesis;
