package dev.eigwbench.report.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.eigwbench.common.Variant;
import java.util.List;

/**
 * One variant's numbers for one metric and phase.
 *
 * @param invocations runs that contributed (failed runs excluded)
 * @param calls calls attempted within those runs (per-call metrics), else equal to {@code invocations}
 * @param errors calls that failed
 * @param stats statistics over {@code samplesMs}, to describe the calls
 * @param addressFamilies address families the calls connected over, e.g. ["IPv6"]; empty for whole-run metrics
 * @param samplesMs the samples, for charts; left out of JSON because the raw results there already hold them
 * @param invocationValuesMs one value per invocation (for a step: the median of its calls after the first), the
 *     independent units the comparison is made from
 */
public record VariantSummary(
        Variant variant,
        int invocations,
        int calls,
        int errors,
        SummaryStats stats,
        List<String> addressFamilies,
        @JsonIgnore List<Double> samplesMs,
        List<Double> invocationValuesMs) {
    public VariantSummary {
        if (variant == null) throw new IllegalArgumentException("variant is required");
        if (stats == null) throw new IllegalArgumentException("stats is required");
        addressFamilies = addressFamilies == null ? List.of() : List.copyOf(addressFamilies);
        samplesMs = samplesMs == null ? List.of() : List.copyOf(samplesMs);
        invocationValuesMs = invocationValuesMs == null ? List.of() : List.copyOf(invocationValuesMs);
    }
}
