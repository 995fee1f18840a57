package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.model.AddressFamily;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepResult;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nothing waits longer than its timeout, and the run stops inside the Lambda time budget. */
class TimeBoundsTest {
    /** Short timeouts so the failure cases stay quick: 1 s per call, 400 ms per attempt, 300 ms per connect. */
    private static final Map<String, String> SHORT_TIMEOUTS = Map.of(
            HandlerSettings.ENV_API_CALL_TIMEOUT_MS, "1000",
            HandlerSettings.ENV_API_CALL_ATTEMPT_TIMEOUT_MS, "400",
            HandlerSettings.ENV_CONNECT_TIMEOUT_MS, "300");

    private static HandlerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = HandlerFixture.loopback("127.0.0.1");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void run_whenEndpointAcceptsButNeverAnswers_eachCallEndsAtItsTimeout() throws Exception {
        try (var silent = SilentServer.silent(InetAddress.getLoopbackAddress())) {
            var overrides = new java.util.HashMap<>(SHORT_TIMEOUTS);
            overrides.put("AWS_ENDPOINT_URL_SQS", silent.url().toString());
            var handler = fixture.handler(overrides);

            StepResult step = handler.run(Map.of("iterations", 3, "steps", List.of("sqs-send")), TestContext.generous())
                    .steps()
                    .get(0);

            assertEquals(3, step.errors());
            assertTrue(step.errorTypes().get(0).type().contains("Timeout"), String.valueOf(step.errorTypes()));
            step.samplesMs().forEach(ms -> assertTrue(ms < 1_500, "call took " + ms + " ms"));
        }
    }

    @Test
    void run_whenIpv6EndpointDropsSyns_connectsTimeOutAndTheStepStaysBounded() throws Exception {
        try (var hole = SilentServer.blackHole(InetAddress.getByName("::1"), 0)) {
            var overrides = new java.util.HashMap<>(SHORT_TIMEOUTS);
            overrides.put("AWS_ENDPOINT_URL_S3", hole.url().toString());
            var handler = fixture.handler(overrides);

            StepResult step = handler.run(Map.of("iterations", 2, "steps", List.of("s3-put")), TestContext.generous())
                    .steps()
                    .get(0);

            assertEquals(2, step.errors());
            assertEquals(AddressFamily.NONE, step.network().family());
            assertEquals("0:0:0:0:0:0:0:1", step.network().host());
            step.samplesMs().forEach(ms -> assertTrue(ms < 1_500, "call took " + ms + " ms"));
        }
    }

    @Test
    void run_whenLambdaTimeRunsOut_stopsEarlyWithAPartialResult() throws Exception {
        // A DynamoDB that never answers makes every call last its 1 s bound, whatever the machine's speed: against
        // the real emulator a warm JVM could finish all 1000 puts inside the budget and start the next step.
        try (var silent = SilentServer.silent(InetAddress.getLoopbackAddress())) {
            var overrides = new java.util.HashMap<>(SHORT_TIMEOUTS);
            overrides.put("AWS_ENDPOINT_URL_DYNAMODB", silent.url().toString());
            var handler = fixture.handler(overrides);
            // Each call may take 1 s (the call bound) and 0.5 s is kept for reporting: ~1.1 s of calls.
            var context = TestContext.withRemaining(Duration.ofMillis(2_600));
            long start = System.nanoTime();

            BenchmarkResult result = handler.run(Map.of("iterations", 1000), context);

            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(RunStatus.PARTIAL, result.status());
            assertEquals(1, result.steps().size(), "later steps must not start");
            StepResult first = result.steps().get(0);
            assertFalse(first.complete());
            assertTrue(first.calls() > 0 && first.calls() < 1000, "calls: " + first.calls());
            assertEquals(first.calls(), first.errors(), "every call went to the silent DynamoDB and timed out");
            assertTrue(
                    result.warnings().stream().anyMatch(w -> w.contains("time budget")),
                    String.valueOf(result.warnings()));
            assertTrue(elapsedMs < 2_600, "ran " + elapsedMs + " ms of a 2600 ms budget");
        }
    }
}
