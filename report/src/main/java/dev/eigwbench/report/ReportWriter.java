package dev.eigwbench.report;

import dev.eigwbench.report.render.ConsoleRenderer;
import dev.eigwbench.report.render.HtmlRenderer;
import dev.eigwbench.report.render.JsonRenderer;
import dev.eigwbench.report.render.MarkdownRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Writes a report in every format: {@code <base>.txt}, {@code .md}, {@code .json}, {@code .html}. */
public final class ReportWriter {
    private static final Pattern SAFE_BASE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

    private ReportWriter() {}

    public static ReportFiles writeAll(BenchmarkReport report, Path dir, String baseName) {
        if (baseName == null || !SAFE_BASE_NAME.matcher(baseName).matches()) {
            throw new IllegalArgumentException(
                    "baseName must be letters, digits, '.', '_' or '-', got '" + baseName + "'");
        }
        try {
            Files.createDirectories(dir);
            var files = new ReportFiles(
                    dir.resolve(baseName + ".txt"),
                    dir.resolve(baseName + ".md"),
                    dir.resolve(baseName + ".json"),
                    dir.resolve(baseName + ".html"));
            write(files.text(), ConsoleRenderer.render(report));
            write(files.markdown(), MarkdownRenderer.render(report));
            write(files.json(), JsonRenderer.render(report));
            write(files.html(), HtmlRenderer.render(report));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the report to " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
