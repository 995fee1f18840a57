package dev.eigwbench.report.stats;

import dev.eigwbench.report.Phase;

/**
 * Both variants side by side for one metric in one phase, and their difference.
 *
 * @param metric a step id (e.g. "dynamodb-put") or a whole-run metric id (see {@link Comparison})
 * @param label what a reader sees, e.g. "fill database (dynamodb-put)"
 * @param perCall true when samples are single calls, false when each sample is a whole run
 */
public record MetricComparison(
        String metric,
        String label,
        boolean perCall,
        Phase phase,
        VariantSummary vpc,
        VariantSummary publicVariant,
        DifferenceEstimate difference) {
    public MetricComparison {
        if (metric == null || metric.isBlank()) throw new IllegalArgumentException("metric is required");
        if (phase == null) throw new IllegalArgumentException("phase is required");
        if (vpc == null || publicVariant == null) throw new IllegalArgumentException("both variants are required");
        if (difference == null) throw new IllegalArgumentException("difference is required");
        label = label == null ? metric : label;
    }
}
