package org.rollcall.reporting.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code *.jrxml} under the templates folder (subfolders too) into a {@code .jasper} at the same
 * relative path under the output folder, so a template error fails the build and the server never compiles.
 * Run by Maven at {@code process-classes}: {@code TemplateCompiler reports target/classes/reports}. Every
 * template is compiled every time, even when its {@code .jasper} is newer: the compiled expressions call the data
 * beans, so a changed bean (a getter's type) must recompile an unchanged template.
 */
public final class TemplateCompiler {
    private TemplateCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <templates folder> <output folder>");
        }
        List<String> failures = compileAll(Path.of(args[0]), Path.of(args[1]));
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Report templates failed to compile:\n" + String.join("\n", failures));
        }
    }

    static List<String> compileAll(Path templates, Path output) throws IOException {
        List<String> failures = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(templates)) {
            sources =
                    files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path source : sources) {
            Path relative = templates.relativize(source);
            Path target = output.resolve(relative.toString().replaceAll("\\.jrxml$", ".jasper"));
            try {
                Files.createDirectories(target.getParent());
                JasperCompileManager.compileReportToFile(source.toString(), target.toString());
                System.out.println("Compiled report template " + relative);
            } catch (JRException | RuntimeException e) {
                Files.deleteIfExists(target);
                failures.add(relative + ": " + e.getMessage());
            }
        }
        return failures;
    }
}
