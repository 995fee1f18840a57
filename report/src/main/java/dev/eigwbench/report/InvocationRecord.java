package dev.eigwbench.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.RunStatus;

/**
 * One run of the benchmark function, from either source: a local lab run or a Lambda invocation.
 *
 * @param variant which function ran
 * @param sequence the run's position within its variant, from 0
 * @param coldStart true when the run started a new execution environment (or JVM, in the lab)
 * @param result the function's result payload; null only when the function failed without one
 * @param lambdaReport the Lambda REPORT line's metrics; null for lab runs or when the log tail had no REPORT line
 * @param functionError the function error type ({@code X-Amz-Function-Error}, e.g. "Unhandled") with its
 *     message, or null when the function returned normally
 * @param source where the run came from, e.g. "lambda" or "lab"
 */
public record InvocationRecord(
        Variant variant,
        int sequence,
        boolean coldStart,
        BenchmarkResult result,
        LambdaReport lambdaReport,
        String functionError,
        String source) {
    public static final String SOURCE_LAMBDA = "lambda";
    public static final String SOURCE_LAB = "lab";

    public InvocationRecord {
        if (variant == null) throw new IllegalArgumentException("variant is required");
        if (sequence < 0) throw new IllegalArgumentException("sequence must be >= 0, got " + sequence);
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source is required");
        if (result == null && functionError == null) {
            throw new IllegalArgumentException("result is required unless functionError says why there is none");
        }
    }

    /** A run with no function error. */
    public InvocationRecord(
            Variant variant,
            int sequence,
            boolean coldStart,
            BenchmarkResult result,
            LambdaReport lambdaReport,
            String source) {
        this(variant, sequence, coldStart, result, lambdaReport, null, source);
    }

    @JsonProperty("phase")
    public Phase phase() {
        return Phase.of(coldStart);
    }

    /** True when the function errored or its result says the run could not start or was rejected. */
    @JsonProperty("failed")
    public boolean failed() {
        return functionError != null
                || result == null
                || result.status() == RunStatus.FAILED
                || result.status() == RunStatus.INVALID_INPUT;
    }

    /** Why the run failed, in one line; null when it did not. */
    public String failureReason() {
        if (functionError != null) return functionError;
        if (!failed()) return null;
        var error = result.error();
        return result.status() + (error == null ? "" : ": " + error.message());
    }
}
