package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.model.AddressFamily;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepResult;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Nothing waits longer than its timeout, and the run stops inside the Lambda time budget. */
class TimeBoundsTest {
    /** Short timeouts so the failure cases stay quick: 1 s per call, 400 ms per attempt, 300 ms per connect. */
    private static final Map<String, String> SHORT_TIMEOUTS = Map.of(
            HandlerSettings.ENV_API_CALL_TIMEOUT_MS, "1000",
            HandlerSettings.ENV_API_CALL_ATTEMPT_TIMEOUT_MS, "400",
            HandlerSettings.ENV_CONNECT_TIMEOUT_MS, "300");

    @RegisterExtension
    static final HandlerFixture fixture = HandlerFixture.loopback("127.0.0.1");

    @Test
    void run_whenEndpointAcceptsButNeverAnswers_eachCallEndsAtItsTimeout() throws Exception {
        try (var silent = SilentServer.silent(InetAddress.getLoopbackAddress())) {
            var handler = handlerCalling("AWS_ENDPOINT_URL_SQS", silent.url());

            StepResult step = onlyStep(
                    handler.run(Map.of("iterations", 3, "steps", List.of("sqs-send")), TestContext.generous()));

            assertEquals(3, step.errors());
            assertTrue(step.errorTypes().get(0).type().contains("Timeout"), String.valueOf(step.errorTypes()));
            step.samplesMs().forEach(ms -> assertTrue(ms < 1_500, "call took " + ms + " ms"));
        }
    }

    @Test
    void run_whenIpv6EndpointDropsSyns_connectsTimeOutAndTheStepStaysBounded() throws Exception {
        try (var hole = SilentServer.blackHole(InetAddress.getByName("::1"), 0)) {
            var handler = handlerCalling("AWS_ENDPOINT_URL_S3", hole.url());

            StepResult step =
                    onlyStep(handler.run(Map.of("iterations", 2, "steps", List.of("s3-put")), TestContext.generous()));

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
            var handler = handlerCalling("AWS_ENDPOINT_URL_DYNAMODB", silent.url());
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

    /** A handler on the short timeouts whose one service endpoint is the given server. */
    private static BenchmarkHandler handlerCalling(String endpointVariable, URI endpoint) {
        var overrides = new HashMap<>(SHORT_TIMEOUTS);
        overrides.put(endpointVariable, endpoint.toString());
        return fixture.handler(overrides);
    }

    private static StepResult onlyStep(BenchmarkResult result) {
        assertEquals(1, result.steps().size(), "one step asked for");
        return result.steps().get(0);
    }
}
