package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.RunStatus;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small lab run in this JVM, made once before a test class's tests, which read its {@link #outcome}. A run in
 * the simulated networks is skipped, with the reason printed, where they cannot be built.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
abstract class LabRunFixture {
    private final LabOptions.NetworkMode mode;
    private final int runs;
    private final int iterations;
    private final boolean preferIPv6;
    private final LabOptions.FunctionRuntime runtime;

    protected Lab.Outcome outcome;

    LabRunFixture(
            LabOptions.NetworkMode mode,
            int runs,
            int iterations,
            boolean preferIPv6,
            LabOptions.FunctionRuntime runtime) {
        this.mode = mode;
        this.runs = runs;
        this.iterations = iterations;
        this.preferIPv6 = preferIPv6;
        this.runtime = runtime;
    }

    @BeforeAll
    void runLab(@TempDir Path out) {
        if (mode != LabOptions.NetworkMode.LOOPBACK) {
            assumeTrue(LabTestSupport.canSimulate(), LabTestSupport.SKIP_REASON);
        }
        outcome = LabTestSupport.runLab(runs, iterations, preferIPv6, mode, out, runtime);
    }

    /** The run did not fail, and both functions succeeded in every step ({@link #assertEveryStepSucceeded}). */
    void assertBothFunctionsSucceeded() {
        assertFalse(outcome.failed(), outcome.consoleReport());
        for (var variant : Variant.values()) {
            assertEveryStepSucceeded(variant);
        }
    }

    /** Each of the run's invocations of {@code variant} completed, every step with all its calls and no error. */
    void assertEveryStepSucceeded(Variant variant) {
        var results = LabTestSupport.results(outcome, variant);
        assertEquals(runs, results.size(), variant.id() + " invocations");
        for (var result : results) {
            assertEquals(RunStatus.COMPLETE, result.status(), variant.id());
            for (var step : Step.values()) {
                var s = LabTestSupport.step(result, step);
                assertEquals(iterations, s.calls(), variant.id() + " " + step.id());
                assertEquals(0, s.errors(), variant.id() + " " + step.id() + ": " + s.errorTypes());
            }
        }
    }
}
