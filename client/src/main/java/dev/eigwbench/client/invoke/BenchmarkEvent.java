package dev.eigwbench.client.invoke;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The event both functions receive, identical for both so only the network path differs.
 *
 * @param iterations calls per step, or null to leave it out so the function uses its deployment's value (CDK context
 *     {@code iterations}, the one source of the default)
 * @param steps step ids to run, or null for all
 * @param url the public URL the HTTP step fetches, or null for the function's default
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchmarkEvent(Integer iterations, List<String> steps, String url) {
    /** The handler's bound (a contract test keeps the two equal): checked here so a typo fails before any call. */
    public static final int MAX_ITERATIONS = 1000;

    public BenchmarkEvent {
        if (iterations != null && (iterations < 1 || iterations > MAX_ITERATIONS)) {
            throw new IllegalArgumentException(
                    "--iterations must be from 1 to " + MAX_ITERATIONS + ", got " + iterations);
        }
        steps = steps == null || steps.isEmpty() ? null : List.copyOf(steps);
    }
}
