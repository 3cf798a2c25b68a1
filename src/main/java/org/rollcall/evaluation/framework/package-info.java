/** Frameworks as versioned reference data (headings, items, questions, RAG bands) loaded by the migrations, and their REST view. */
package org.rollcall.evaluation.framework;
