package org.rollcall.reporting.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.util.function.Supplier;
import net.sf.jasperreports.pdf.common.LineCapStyle;
import net.sf.jasperreports.pdf.common.PdfContent;

/**
 * The exporter's drawing surface with every painted shape wrapped in an {@code /Artifact} marked-content
 * sequence. The exporter paints shapes (borders, cell backgrounds, lines, rectangles) only between tagged
 * text and images, never inside them, so what reaches here is decoration; PDF/UA-1 (7.1) requires decoration
 * to be marked as an artifact, and a screen reader then skips it.
 */
final class ArtifactPdfContent implements PdfContent {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final PdfContent drawing;
    private final Supplier<PdfContentByte> page;

    ArtifactPdfContent(PdfContent drawing, Supplier<PdfContentByte> page) {
        this.drawing = drawing;
        this.page = page;
    }

    private void artifact(Runnable paint) {
        PdfContentByte content = page.get();
        content.beginMarkedContentSequence(ARTIFACT);
        paint.run();
        content.endMarkedContentSequence();
    }

    @Override
    public void strokeLine(float x1, float y1, float x2, float y2) {
        artifact(() -> drawing.strokeLine(x1, y1, x2, y2));
    }

    @Override
    public void fillRectangle(float x, float y, float width, float height) {
        artifact(() -> drawing.fillRectangle(x, y, width, height));
    }

    @Override
    public void fillRoundRectangle(float x, float y, float width, float height, float radius) {
        artifact(() -> drawing.fillRoundRectangle(x, y, width, height, radius));
    }

    @Override
    public void strokeRoundRectangle(float x, float y, float width, float height, float radius) {
        artifact(() -> drawing.strokeRoundRectangle(x, y, width, height, radius));
    }

    @Override
    public void fillEllipse(float x1, float y1, float x2, float y2) {
        artifact(() -> drawing.fillEllipse(x1, y1, x2, y2));
    }

    @Override
    public void strokeEllipse(float x1, float y1, float x2, float y2) {
        artifact(() -> drawing.strokeEllipse(x1, y1, x2, y2));
    }

    // State changes paint nothing: passed through as they are.

    @Override
    public void setFillColor(Color color) {
        drawing.setFillColor(color);
    }

    @Override
    public void setFillColorAlpha(int alpha) {
        drawing.setFillColorAlpha(alpha);
    }

    @Override
    public void resetFillColor() {
        drawing.resetFillColor();
    }

    @Override
    public void setStrokeColor(Color color) {
        drawing.setStrokeColor(color);
    }

    @Override
    public void resetStrokeColor() {
        drawing.resetStrokeColor();
    }

    @Override
    public void setLineWidth(float lineWidth) {
        drawing.setLineWidth(lineWidth);
    }

    @Override
    public void setLineCap(LineCapStyle lineCap) {
        drawing.setLineCap(lineCap);
    }

    @Override
    public void setLineDash(float phase) {
        drawing.setLineDash(phase);
    }

    @Override
    public void setLineDash(float unitsOn, float unitsOff, float phase) {
        drawing.setLineDash(unitsOn, unitsOff, phase);
    }

    @Override
    public void setLiteral(String literal) {
        drawing.setLiteral(literal);
    }

    @Override
    public void transform(AffineTransform transform) {
        drawing.transform(transform);
    }
}
