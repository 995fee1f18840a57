package dev.eigwbench.client.readiness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the readiness report was written: the console text, Markdown, JSON and HTML, side by side. */
record ReadinessFiles(Path text, Path markdown, Path json, Path html) {
    /** Writes every format as {@code dir/name.*}; {@code text} is what the console showed. */
    static ReadinessFiles write(ReadinessReport report, String text, Path dir, String name) {
        var files = new ReadinessFiles(
                dir.resolve(name + ".txt"),
                dir.resolve(name + ".md"),
                dir.resolve(name + ".json"),
                dir.resolve(name + ".html"));
        try {
            Files.createDirectories(dir);
            Files.writeString(files.text(), text, StandardCharsets.UTF_8);
            Files.writeString(files.markdown(), ReadinessRenderer.markdown(report), StandardCharsets.UTF_8);
            Files.writeString(files.json(), ReadinessRenderer.json(report), StandardCharsets.UTF_8);
            Files.writeString(files.html(), ReadinessRenderer.html(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }
}
