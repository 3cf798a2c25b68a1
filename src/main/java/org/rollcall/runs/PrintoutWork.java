package org.rollcall.runs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.rollcall.attendance.statistics.counting.DateWindow;
import org.rollcall.reporting.RenderAhead;
import org.rollcall.reporting.printout.LetterPupil;
import org.rollcall.reporting.printout.Letterhead;
import org.rollcall.reporting.printout.PrintoutWriter;

/** A printout run's work for one job execution: the pupils with their figures, the letterhead, timings. */
final class PrintoutWork implements RunWork {
    final ReportRun run;
    final List<LetterPupil> pupils;
    final Map<String, LetterPupil> byUpn;
    final Letterhead head;
    final PrintoutWriter writer;
    final String term;
    final DateWindow window;
    final long assessNanos;
    private final ParentPrintoutRun kind;
    long renderNanos;
    long writeNanos;
    /** The printouts being rendered ahead of the chunk being written (from the step's first item on). */
    RenderAhead ahead;
    /** The print file, made on a thread of its own while the printouts go; null when none is needed or made. */
    Future<byte[]> printFile;

    PrintoutWork(
            ParentPrintoutRun kind,
            ReportRun run,
            List<LetterPupil> pupils,
            Map<String, LetterPupil> byUpn,
            Letterhead head,
            PrintoutWriter writer,
            String term,
            DateWindow window,
            long assessNanos) {
        this.kind = kind;
        this.run = run;
        this.pupils = pupils;
        this.byUpn = byUpn;
        this.head = head;
        this.writer = writer;
        this.term = term;
        this.window = window;
        this.assessNanos = assessNanos;
    }

    @Override
    public List<String> itemKeys() {
        return pupils.stream().map(p -> p.assessed().upn()).toList();
    }

    @Override
    public void write(List<RunItem> items) {
        kind.write(this, items);
    }

    @Override
    public void startAt(int position) {
        kind.startAt(this, position);
    }

    @Override
    public void stopAhead() {
        if (ahead != null) {
            ahead.close();
            ahead = null;
        }
    }

    @Override
    public void abandon() {
        stopAhead();
        if (printFile != null) {
            printFile.cancel(true);
        }
    }

    @Override
    public String finish() {
        return kind.finish(this);
    }
}
