package org.rollcall.reporting.pdf;

import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;

/**
 * Named by {@code net.sf.jasperreports.export.pdf.producer.factory} in {@link PdfSettings}: JasperReports then
 * builds every PDF through an {@link AccessiblePdfProducer}.
 */
public class AccessiblePdfProducerFactory implements PdfProducerFactory {
    @Override
    public PdfProducer createProducer(PdfProducerContext context) {
        return new AccessiblePdfProducer(context);
    }
}
