package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.model.StepCheck;
import java.net.URI;

/** One timed kind of call, made {@code iterations} times. */
public interface BenchmarkStep {
    Step step();

    /** Where the calls go (scheme, host and port), for the network path. */
    URI target();

    /** One call; throws on failure. {@code index} counts from 0 within the run. */
    void call(int index) throws Exception;

    /** The step's own verification after its calls, or null. */
    default StepCheck check(int succeeded) {
        return null;
    }
}
