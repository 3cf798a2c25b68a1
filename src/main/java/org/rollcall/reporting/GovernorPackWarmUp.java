package org.rollcall.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.platform.RollcallSettings;
import org.rollcall.school.School;
import org.rollcall.school.SchoolRepository;
import org.rollcall.school.Term;

/**
 * After a start, in the background (after {@link RendererWarmUp}): the governor pack for the current term so
 * far is assembled for each school, which reads its registers (this year and last) into the statistics
 * cache, and the first school's is rendered too, which compiles the figures' and the pack's code. Without
 * it the first pack after a restart read a year of registers on the user's time: 1.87 s server-side
 * against 0.36 to 0.56 s for the next ones (measured on the demo school, README, Benchmarks). Nothing is
 * archived, audited or mailed; the log says only how long it took. Schools past the cache's bound simply
 * push older years out, as any request would. {@code ROLLCALL_PACK_WARM_UP=false} leaves it out (the tests'
 * servers, whose databases hold many fixture schools).
 */
@ApplicationScoped
public class GovernorPackWarmUp {
    private static final Logger LOG = Logger.getLogger(GovernorPackWarmUp.class.getName());

    @Inject
    SchoolRepository schools;

    @Inject
    GovernorPackAssembler assembler;

    @Inject
    JasperRenderer renderer;

    @Inject
    Clock clock;

    @Inject
    RollcallSettings settings;

    void warmUp() {
        if (!settings.packWarmUp()) {
            return;
        }
        long started = System.nanoTime();
        int warmed = 0;
        for (School school : schools.all()) {
            try {
                Optional<LocalDate[]> window = currentTermSoFar(school);
                if (window.isPresent()) {
                    GovernorPack pack = assembler.assemble(school, window.get()[0], window.get()[1]);
                    if (warmed++ == 0) {
                        pack.render(renderer);
                    }
                }
            } catch (RuntimeException e) {
                // the pack will be assembled when asked for, and fail there with its own message if it must
                LOG.log(Level.FINE, "Governor pack warm-up skipped a school", e);
            }
        }
        int schoolsWarmed = warmed;
        LOG.info(() -> "Governor packs warmed up for " + schoolsWarmed + " schools in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** From the start of the term today is in (or the last term before today) to today or the term's end. */
    private Optional<LocalDate[]> currentTermSoFar(School school) {
        LocalDate today = LocalDate.now(clock);
        Optional<Term> term = schools.termCovering(school, today, today).or(() -> schools.termBefore(school, today));
        return term.filter(t -> t.getStartDate().isBefore(today))
                .map(t -> new LocalDate[] {t.getStartDate(), today.isBefore(t.getEndDate()) ? today : t.getEndDate()});
    }
}
