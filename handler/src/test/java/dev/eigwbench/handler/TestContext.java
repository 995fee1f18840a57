package dev.eigwbench.handler;

import java.time.Duration;

/** Contexts for tests: Lambda's remaining time, counting down in real time. */
final class TestContext {
    private TestContext() {}

    static DeadlineContext withRemaining(Duration remaining) {
        return DeadlineContext.withRemaining(remaining);
    }

    static DeadlineContext generous() {
        return withRemaining(Duration.ofMinutes(15));
    }
}
