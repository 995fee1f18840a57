package dev.eigwbench.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one bench run measured, for the summary: printed and written as markdown ({@link MarkdownSummary}) and as
 * JSON ({@link JsonSummary}). Figures: median (min–max) over fresh-JVM runs.
 *
 * @param jdks the JDKs measured, the main one first
 * @param sizes artifact sizes in bytes, by the name the table shows
 * @param fallback the fallback experiment's outcomes, empty when it did not run
 * @param resolution what names resolved to inside the experiment's namespace, or why it was not measured
 */
record Report(
        BenchOptions options,
        Map<String, Path> jdks,
        Map<String, Long> sizes,
        List<Summary> summaries,
        List<FallbackExperiment.Outcome> fallback,
        String resolution) {

    String markdown() {
        return MarkdownSummary.render(this);
    }

    String json() {
        return JsonSummary.render(this);
    }

    /** The JDK the comparisons and targets are read on: the first one found. */
    Optional<String> mainJdk() {
        return jdks.keySet().stream().findFirst();
    }

    /** The subject's summary on that JDK, if any of its runs succeeded. */
    Optional<Summary> find(String id, String jdk) {
        return summaries.stream()
                .filter(s -> s.subject().id().equals(id) && s.subject().jdk().equals(jdk) && s.runs() > 0)
                .findFirst();
    }
}
