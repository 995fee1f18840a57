package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.emulators.EmulatorClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deployment's DEFAULT_ITERATIONS (synth's -c iterations) is the one default: an event without a count gets it. */
class DefaultIterationsTest {
    @RegisterExtension
    static final HandlerFixture fixture = HandlerFixture.loopback("127.0.0.1");

    @Test
    void run_whenEventHasNoIterations_runsTheDeploymentsConfiguredCount() {
        var handler = fixture.handler(Map.of(FunctionSettings.ENV_ITERATIONS, "3"));

        BenchmarkResult result = handler.run(Map.of("steps", List.of("s3-list")), TestContext.generous());

        assertEquals(3, result.iterations());
        assertEquals(3, result.steps().get(0).calls());
    }

    @Test
    void run_whenEventGivesIterations_itOverridesTheConfiguredCount() {
        var handler = fixture.handler(Map.of(FunctionSettings.ENV_ITERATIONS, "3"));

        BenchmarkResult result =
                handler.run(Map.of("iterations", 2, "steps", List.of("s3-list")), TestContext.generous());

        assertEquals(2, result.iterations());
        assertEquals(2, result.steps().get(0).calls());
    }

    @Test
    void run_whenNeitherGivesACount_runsTheBuiltInDefault() {
        var env = fixture.environment(Map.of());
        env.remove(FunctionSettings.ENV_ITERATIONS);
        var handler = new BenchmarkHandler(
                ExecutionEnvironment.create(env, Map.of(), EmulatorClients.CREDENTIALS, List.of(), fixture.log));

        BenchmarkResult result = handler.run(Map.of("steps", List.of("s3-list")), TestContext.generous());

        assertEquals(FunctionSettings.DEFAULT_ITERATIONS, result.iterations());
    }
}
