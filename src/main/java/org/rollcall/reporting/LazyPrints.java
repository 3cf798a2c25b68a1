package org.rollcall.reporting;

import java.util.AbstractList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.SimpleExporterInputItem;

/**
 * The exporter's input for a print file, filled while it is exported: JasperReports' PDF exporter asks for
 * item 0, 1, 2, ... in turn, and each is taken from {@code next} only then, so only the page being exported
 * (and the few being filled ahead) is in memory. Any other order of access is refused. The size is what has
 * been taken plus one while more will come: the exporter only compares it with the next index (and with 1).
 */
final class LazyPrints extends AbstractList<ExporterInputItem> {
    private final Supplier<JasperPrint> next;
    private final BooleanSupplier more;
    private int current = -1;
    private ExporterInputItem item;

    LazyPrints(Supplier<JasperPrint> next, BooleanSupplier more) {
        this.next = next;
        this.more = more;
    }

    @Override
    public ExporterInputItem get(int index) {
        if (index == current + 1 && more.getAsBoolean()) {
            item = new SimpleExporterInputItem(next.get());
            current = index;
        } else if (index != current) {
            throw new IllegalStateException("Prints are filled in order; asked for " + index + " after " + current);
        }
        return item;
    }

    @Override
    public int size() {
        return current + 1 + (more.getAsBoolean() ? 1 : 0);
    }
}
