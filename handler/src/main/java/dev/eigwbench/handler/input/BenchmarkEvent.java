package dev.eigwbench.handler.input;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.request.BenchmarkRequest;
import java.net.URI;
import java.util.List;

/**
 * The {@link BenchmarkRequest} with the function's defaults filled in: what one invocation runs.
 *
 * @param iterations calls per step, within {@link BenchmarkRequest}'s bound
 * @param steps steps to run, in the function's fixed order
 * @param url the URL the http-get step fetches
 * @param runId labels this run's DynamoDB partition and S3 prefix
 */
public record BenchmarkEvent(int iterations, List<Step> steps, URI url, String runId) {
    public BenchmarkEvent {
        BenchmarkRequest.checkIterations(iterations);
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
