package org.rollcall.reporting;

import java.util.Collection;
import java.util.Map;

/** One document of a bulk render: a key for the caller (e.g. the pupil), its metadata title, template parameters and rows. */
public record PdfJob(String key, String title, Map<String, Object> parameters, Collection<?> rows) {}
