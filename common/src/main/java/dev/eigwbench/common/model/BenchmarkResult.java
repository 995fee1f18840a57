package dev.eigwbench.common.model;

import dev.eigwbench.common.Variant;
import java.util.List;

/**
 * What one invocation of the function returns (its response payload) and logs as one JSON line. The contract
 * between the function and its readers (lab, client): add fields, never rename or remove them.
 *
 * @param schema always {@link #SCHEMA}
 * @param variant which function ran; on the wire its id, "vpc" or "public"
 * @param status whether every requested call ran
 * @param runId identifies this run's DynamoDB partition and S3 prefix
 * @param iterations calls per step requested
 * @param steps one entry per step run, in run order
 * @param totalMs wall time of all steps
 * @param diagnostics how the JVM and the network were set up, and which paths calls took
 * @param warnings plain-language problems worth a human's attention (e.g. IPv4 forced by the runtime)
 * @param error set only when status is INVALID_INPUT or FAILED
 */
public record BenchmarkResult(
        String schema,
        Variant variant,
        RunStatus status,
        String runId,
        int iterations,
        List<StepResult> steps,
        double totalMs,
        Diagnostics diagnostics,
        List<String> warnings,
        ErrorDetail error) {
    public static final String SCHEMA = "eigw-bench/result/v1";

    public BenchmarkResult {
        steps = steps == null ? List.of() : List.copyOf(steps);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
