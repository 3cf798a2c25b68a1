package org.rollcall.reporting;

/**
 * One filling of a template: a key the caller knows it by, the PDF's title, the parameters and the
 * rows (JavaBeans). {@link JasperRenderer#renderEach} and {@link JasperRenderer#renderCombined} take many.
 */
public record PdfJob(String key, String title, java.util.Map<String, Object> parameters, java.util.Collection<?> rows) {}
