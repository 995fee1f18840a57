package dev.eigwbench.handler;

import dev.eigwbench.common.lambda.LocalContext;
import java.time.Duration;

/** Contexts for tests: Lambda's remaining time, counting down in real time. */
final class TestContext {
    private TestContext() {}

    static LocalContext withRemaining(Duration remaining) {
        return LocalContext.withRemaining(remaining);
    }

    static LocalContext generous() {
        return withRemaining(Duration.ofMinutes(15));
    }
}
