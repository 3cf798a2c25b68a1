package org.rollcall.reporting.pdf;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

/**
 * A JasperReports context whose merged properties are worked out once, not on every call: the plain
 * {@link SimpleJasperReportsContext} copies its parent's properties and its own into a new map each time
 * {@code getProperties()} is called, and the fill and the PDF export call it many times a document (7% of a
 * printout's render time in the JFR profile of {@code PrintoutRenderProfile}). Rollcall sets its properties
 * once at start-up; setting or removing one here starts the cache afresh. The parent is the JasperReports
 * default context, which nothing in Rollcall changes after start-up.
 */
final class SettledContext extends SimpleJasperReportsContext {
    private volatile Map<String, String> merged;

    SettledContext(JasperReportsContext parent) {
        super(parent);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = merged;
        if (properties == null) {
            properties = Collections.unmodifiableMap(new HashMap<>(super.getProperties()));
            merged = properties;
        }
        return properties;
    }

    @Override
    public void setProperty(String key, String value) {
        super.setProperty(key, value);
        merged = null;
    }

    @Override
    public void removeProperty(String key) {
        super.removeProperty(key);
        merged = null;
    }

    @Override
    public void setPropertiesMap(Map<String, String> properties) {
        super.setPropertiesMap(properties);
        merged = null;
    }
}
