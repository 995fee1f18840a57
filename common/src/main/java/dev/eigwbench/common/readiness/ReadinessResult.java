package dev.eigwbench.common.readiness;

import dev.eigwbench.common.model.ErrorDetail;
import dev.eigwbench.common.model.RunStatus;
import java.util.List;

/**
 * What the function answers to a readiness event ({@code {"readiness": {"destinations": [...]}}}): per destination,
 * whether it still works without a NAT gateway from this function's network. Add fields, never rename them.
 *
 * @param schema always {@link #SCHEMA}
 * @param variant "vpc" or "public"
 * @param status COMPLETE, PARTIAL (out of Lambda time; unprobed destinations have no verdict), INVALID_INPUT, FAILED
 * @param region the function's region (AWS service names resolve to its endpoints)
 * @param destinations one per entry, in the order given
 * @param totalMs wall time of the probe
 * @param warnings plain-language problems
 * @param error set only for INVALID_INPUT or FAILED: names the field or entry and the fix
 */
public record ReadinessResult(
        String schema,
        String variant,
        RunStatus status,
        String region,
        List<DestinationResult> destinations,
        double totalMs,
        List<String> warnings,
        ErrorDetail error) {
    public static final String SCHEMA = "eigw-bench/readiness/v1";

    public ReadinessResult {
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
