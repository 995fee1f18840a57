package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.model.AddressFamily;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.handler.run.StepRunner;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stopped emulator: its steps report errors, the other services are still measured. */
class ServiceDownTest {
    @Test
    void run_whenDynamoDbStopped_itsStepsFailAndTheOthersAreMeasured() {
        try (var fixture = HandlerFixture.loopback("127.0.0.1")) {
            var handler = fixture.handler(Map.of());
            fixture.emulators.dynamodb().close();

            BenchmarkResult result = handler.run(Map.of("iterations", 10), TestContext.generous());

            assertEquals(RunStatus.PARTIAL, result.status());
            for (StepResult step : result.steps()) {
                if (step.step().id().startsWith("dynamodb")) {
                    assertEquals(
                            StepRunner.MAX_CONSECUTIVE_FAILURES,
                            step.calls(),
                            step.step().id());
                    assertEquals(step.calls(), step.errors(), step.step().id());
                    assertFalse(step.complete(), step.step().id());
                    assertEquals(
                            AddressFamily.NONE,
                            step.network().family(),
                            step.step().id());
                    assertTrue(
                            step.errorTypes().get(0).type().endsWith("SdkClientException"),
                            String.valueOf(step.errorTypes()));
                } else {
                    assertEquals(10, step.calls(), step.step().id());
                    assertEquals(0, step.errors(), () -> step.step().id() + " " + step.errorTypes());
                    assertTrue(step.complete(), step.step().id());
                }
            }
            assertTrue(
                    result.warnings().stream().anyMatch(w -> w.startsWith("dynamodb-put gave up")),
                    String.valueOf(result.warnings()));
            StepResult query = result.steps().get(1);
            assertFalse(query.check().passed());
        }
    }
}
