package org.rollcall.reporting;

import java.util.Collection;
import java.util.Map;

/** One document of a bulk render: a key for the caller (e.g. the pupil), its metadata title, template parameters and rows. */
public record PdfJob(String key, String title, Map<String, Object> parameters, Collection<?> rows) {
    /** The key and title only: what a caller keeps of a job once its document is made. */
    public PdfJob named() {
        return new PdfJob(key, title, Map.of(), java.util.List.of());
    }
}
