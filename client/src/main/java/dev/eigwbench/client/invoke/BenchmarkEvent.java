package dev.eigwbench.client.invoke;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The event both functions receive, identical for both so only the network path differs.
 *
 * @param iterations calls per step
 * @param steps step ids to run, or null for all
 * @param url the public URL the HTTP step fetches, or null for the function's default
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchmarkEvent(int iterations, List<String> steps, String url) {
    public BenchmarkEvent {
        if (iterations < 1) throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        steps = steps == null || steps.isEmpty() ? null : List.copyOf(steps);
    }
}
