package dev.eigwbench.common.model;

import dev.eigwbench.common.Step;
import java.util.List;

/**
 * One step's measurements.
 *
 * @param step which step; on the wire its id, e.g. "dynamodb-put"
 * @param calls calls attempted
 * @param errors calls that failed
 * @param errorTypes failures grouped by exception class, each with one sample message
 * @param totalMs wall time of the whole step
 * @param firstCallMs the first call alone: it pays DNS, TCP and TLS set-up
 * @param all statistics over every successful call
 * @param steady statistics over successful calls after the first (connection reused)
 * @param samplesMs every call's latency in call order (failed calls included), for readers' own statistics
 * @param network which address family and address the calls connected to
 * @param complete false when the step was cut short by the time budget
 * @param check a step-specific verification, e.g. items written versus items read back; null when none
 */
public record StepResult(
        Step step,
        int calls,
        int errors,
        List<ErrorCount> errorTypes,
        double totalMs,
        double firstCallMs,
        LatencyStats all,
        LatencyStats steady,
        List<Double> samplesMs,
        NetworkPath network,
        boolean complete,
        StepCheck check) {
    public StepResult {
        errorTypes = errorTypes == null ? List.of() : List.copyOf(errorTypes);
        samplesMs = samplesMs == null ? List.of() : List.copyOf(samplesMs);
    }
}
