package org.rollcall.demo;

import java.nio.file.Files;
import java.nio.file.Path;

/** Temporary: prints figures for calibration. */
final class DemoCalibrationMain {
    public static void main(String[] args) throws Exception {
        DemoSpec.Phase phase = DemoSpec.Phase.valueOf(args[0]);
        int pupils = Integer.parseInt(args[1]);
        int years = Integer.parseInt(args[2]);
        Path dir = Files.createTempDirectory("demo");
        long t0 = System.nanoTime();
        DemoSpec spec = years == 0 ? DemoSpec.autumnTerm(42, pupils, phase, 2024) : DemoSpec.wholeYears(42, pupils, phase, 2024, years);
        DemoFiles files = new DemoSchoolGenerator().generate(spec, dir);
        long t1 = System.nanoTime();
        System.out.printf("generated %d pupils %d marks in %d ms -> %s%n", files.pupilCount(), files.markCount(), (t1 - t0) / 1_000_000, dir);
        RegisterFigures f = new RegisterFigures(files.pupils(), files.marks());
        System.out.printf("absence %.2f%% unauth %.2f%% PA %.1f%% severe %.2f%%%n", 100 * f.absenceRate(RegisterFigures.all()), 100 * f.unauthorisedRate(), 100 * f.persistentAbsenceRate(RegisterFigures.all()), 100 * f.severeAbsenceRate(RegisterFigures.all()));
        System.out.printf("FSM abs %.2f%% PA %.1f%% | nonFSM abs %.2f%% PA %.1f%%%n", 100 * f.absenceRate(RegisterFigures.is("fsm", "Y")), 100 * f.persistentAbsenceRate(RegisterFigures.is("fsm", "Y")), 100 * f.absenceRate(RegisterFigures.is("fsm", "N")), 100 * f.persistentAbsenceRate(RegisterFigures.is("fsm", "N")));
        System.out.printf("SEN E %.2f%% K %.2f%% N %.2f%%%n", 100 * f.absenceRate(RegisterFigures.is("sen", "E")), 100 * f.absenceRate(RegisterFigures.is("sen", "K")), 100 * f.absenceRate(RegisterFigures.is("sen", "N")));
        for (int d = 1; d <= 5; d++) System.out.printf("dow%d %.2f%% ", d, 100 * f.weekdayAbsence(d));
        System.out.println();
        System.out.println(new java.util.TreeMap<>(f.codeCounts));
    }
}
