package org.rollcall.reporting;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.reporting.printout.ParentPrintout;

/**
 * Once the application has started, in the background: loads the compiled templates and renders one
 * placeholder printout, so the first governor pack or printout run after a start does not pay for loading
 * JasperReports, the embedded fonts, OpenPDF's tagging and JFreeChart (the demo's first governor pack spent
 * 2.1 s on its PDF, later ones 0.1 to 0.5 s); then {@link GovernorPackWarmUp} reads each school's registers
 * and makes one pack. Nothing is stored or logged but the time it took; a failure here is logged and
 * changes nothing else.
 */
@ApplicationScoped
public class RendererWarmUp {
    private static final Logger LOG = Logger.getLogger(RendererWarmUp.class.getName());
    static final List<String> TEMPLATES =
            List.of("governor-pack", "parent-printout", "staff-data", "sef-section", "letter-casework");

    @Inject
    JasperRenderer renderer;

    @Inject
    GovernorPackWarmUp packs;

    @Resource
    ManagedExecutorService managed;

    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        if (managed != null) {
            managed.submit(() -> {
                warmUp();
                packs.warmUp();
            });
        }
    }

    void warmUp() {
        long started = System.nanoTime();
        try {
            TEMPLATES.forEach(renderer::report);
            renderer.renderPdf(
                    "parent-printout", "Warm-up", Map.of("PRINTOUT", ParentPrintout.placeholder()), List.of());
            LOG.fine(() -> "Renderer warmed up in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Renderer warm-up failed; the first document will take longer", e);
        }
    }
}
