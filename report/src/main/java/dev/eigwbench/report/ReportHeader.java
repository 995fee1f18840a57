package dev.eigwbench.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader needs before the numbers: where they came from, with what settings, and caveats.
 *
 * @param title e.g. "eigw-bench: Lambda in a VPC with no NAT vs. outside a VPC"
 * @param source "lambda" or "lab"
 * @param createdAt ISO-8601 instant the report was made
 * @param parameters run settings in display order, e.g. stack, region, invocations, iterations
 * @param notes caveats in plain language, e.g. "no network simulation: not root"
 * @param design {@link Design#AB} (VPC vs public) or {@link Design#AA} (an A/A calibration run)
 */
public record ReportHeader(
        String title,
        String source,
        String createdAt,
        Map<String, String> parameters,
        List<String> notes,
        Design design) {
    public ReportHeader {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title is required");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source is required");
        createdAt = createdAt == null ? Instant.now().toString() : createdAt;
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        notes = notes == null ? List.of() : List.copyOf(notes);
        design = design == null ? Design.AB : design;
    }

    public static ReportHeader of(String title, String source, Map<String, String> parameters, List<String> notes) {
        return new ReportHeader(title, source, Instant.now().toString(), parameters, notes, Design.AB);
    }

    /** The same header for another design, e.g. {@code header.withDesign(Design.AA)} for an A/A run. */
    public ReportHeader withDesign(Design other) {
        return new ReportHeader(title, source, createdAt, parameters, notes, other);
    }
}
