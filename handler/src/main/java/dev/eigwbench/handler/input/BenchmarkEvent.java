package dev.eigwbench.handler.input;

import dev.eigwbench.common.Step;
import java.net.URI;
import java.util.List;

/**
 * A validated invocation event.
 *
 * @param iterations calls per step, 1..1000
 * @param steps steps to run, in the function's fixed order
 * @param url the URL the http-get step fetches
 * @param runId labels this run's DynamoDB partition and S3 prefix
 */
public record BenchmarkEvent(int iterations, List<Step> steps, URI url, String runId) {
    public BenchmarkEvent {
        if (iterations < EventParser.MIN_ITERATIONS || iterations > EventParser.MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1..1000, got " + iterations);
        }
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("steps must name at least one step");
        }
        steps = List.copyOf(steps);
        if (url == null) {
            throw new IllegalArgumentException("url must be set");
        }
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException("runId must not be blank");
        }
    }
}
