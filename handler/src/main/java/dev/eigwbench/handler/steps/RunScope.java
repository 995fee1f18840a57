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
    private static final int SORT_KEY_DIGITS = 6;

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

    /**
     * Zero-padded call index: unique within the run and sorted like the calls (the seed's Date.now() was not).
     * Padded by hand: in an unprimed JVM, {@code String.format} costs the first invocation its Formatter.
     */
    public static String sortKey(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a call index is never negative: " + index);
        }
        String digits = Integer.toString(index);
        return digits.length() >= SORT_KEY_DIGITS ? digits : "0".repeat(SORT_KEY_DIGITS - digits.length()) + digits;
    }

    public String objectPrefix() {
        return "runs/" + runId + "/";
    }
}
