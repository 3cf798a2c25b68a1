/** The SEF attendance section: one assembler to a plain data record, one layout of headings, paragraphs and tables, and two writers (PDF through JasperReports, Word through Apache POI). */
package org.rollcall.reporting.sef;
