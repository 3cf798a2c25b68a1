package org.rollcall.reporting.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's template step: every .jrxml under reports/ (subfolders too) becomes a .jasper; a broken one fails. */
class TemplateCompilerTest {
    private static final String GOOD =
            """
            <jasperReport name="Good" language="java" pageWidth="595" pageHeight="842" columnWidth="515"
                          leftMargin="40" rightMargin="40" topMargin="40" bottomMargin="40">
            	<title height="20">
            		<element kind="textField" x="0" y="0" width="515" height="20">
            			<expression><![CDATA["Hello " + $P{REPORT_LOCALE}]]></expression>
            		</element>
            	</title>
            </jasperReport>
            """;

    @Test
    void compilesEveryTemplateIncludingSubfoldersToTheSameRelativePath(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports/subreports"));
        Files.writeString(dir.resolve("reports/good.jrxml"), GOOD);
        Files.writeString(reports.resolve("part.jrxml"), GOOD);

        List<String> failures = TemplateCompiler.compileAll(dir.resolve("reports"), dir.resolve("out"));

        assertEquals(List.of(), failures);
        assertTrue(Files.size(dir.resolve("out/good.jasper")) > 0);
        assertTrue(Files.size(dir.resolve("out/subreports/part.jasper")) > 0);
    }

    @Test
    void aTemplateWithAnErrorFailsTheBuildNamingTheTemplate(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports/good.jrxml"), GOOD);
        Files.writeString(
                dir.resolve("reports/broken.jrxml"), GOOD.replace("$P{REPORT_LOCALE}", "$P{NO_SUCH_PARAMETER}"));

        List<String> failures = TemplateCompiler.compileAll(dir.resolve("reports"), dir.resolve("out"));

        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("broken.jrxml: "), failures.get(0));
        assertTrue(Files.notExists(dir.resolve("out/broken.jasper")), "no stale report is left behind");
        IllegalStateException error = assertThrows(
                IllegalStateException.class,
                () -> TemplateCompiler.main(new String[] {
                    dir.resolve("reports").toString(), dir.resolve("out2").toString()
                }));
        assertTrue(error.getMessage().contains("broken.jrxml"), error.getMessage());
    }
}
