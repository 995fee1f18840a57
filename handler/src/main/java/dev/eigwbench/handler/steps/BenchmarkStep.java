package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.model.StepCheck;
import java.net.URI;
import java.util.Optional;

/** One timed kind of call, made {@code iterations} times. */
public interface BenchmarkStep {
    Step step();

    /** Where the calls go (scheme, host and port), for the network path. */
    URI target();

    /** One call; throws on failure. {@code index} counts from 0 within the run. */
    void call(int index) throws Exception;

    /**
     * The same call made so that it leaves nothing behind (a write the service refuses, a read of what no run
     * writes), for SnapStart priming: it runs the code {@link #call} runs, so that code is loaded and compiled
     * before the snapshot. Throws what the service answered, as {@link #call} does.
     */
    void prime() throws Exception;

    /**
     * What the service answers when {@link #call}{@code (0)} succeeds, for priming to replay in memory (a
     * side-effect-free call never sees success), or empty when {@link #prime} already succeeds as {@link #call} does
     * on a run's data.
     */
    default Optional<SuccessAnswer> successAnswer() {
        return Optional.empty();
    }

    /** The step's own verification after its calls, or null. */
    default StepCheck check(int succeeded) {
        return null;
    }
}
