package dev.eigwbench.handler.steps;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one run shares between its steps: where its data goes and how much was written, so the read steps can
 * verify they see exactly this run's writes.
 *
 * @param runId the run's id
 * @param iterations calls per step
 */
public record RunScope(String runId, int iterations, AtomicInteger itemsWritten, AtomicInteger objectsWritten) {
    public RunScope(String runId, int iterations) {
        this(runId, iterations, new AtomicInteger(), new AtomicInteger());
    }

    /** What priming reads: a partition and prefix no run writes (a run id cannot contain '#'). */
    public static RunScope priming() {
        return new RunScope("priming#never-written", 1);
    }

    /** One DynamoDB partition per run: the query step reads only this run's items. */
    public String partitionKey() {
        return "run#" + runId;
    }

    /** Zero-padded call index: unique within the run and sorted like the calls (the seed's Date.now() was not). */
    public static String sortKey(int index) {
        return String.format("%06d", index);
    }

    public String objectPrefix() {
        return "runs/" + runId + "/";
    }
}
