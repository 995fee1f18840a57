package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.eigwbench.common.Step;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * SnapStart priming calls every client the way the benchmark does, rehearses every successful call in memory, and
 * leaves no data behind.
 */
class PrimingTest {
    /** Enough to show every path repeats; the production count only makes this test slower. */
    private static final int ROUNDS = 3;

    /** Counts each operation that reached the wire, per service and operation. */
    static final class OperationCounter implements ExecutionInterceptor {
        final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            String key = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                    + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            sent.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    @Test
    void prime_whenRun_sendsEveryKindOfCallAndWritesNothing() throws Exception {
        var fetches = new AtomicInteger();
        HttpServer api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        api.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        api.start();
        try (var fixture = HandlerFixture.loopback("127.0.0.1")) {
            var counter = new OperationCounter();
            var environment = fixture.executionEnvironment(
                    Map.of("FETCH_URL", "http://127.0.0.1:" + api.getAddress().getPort() + "/todos/1"),
                    List.of(counter));

            Priming.Result result = environment.priming().prime(ROUNDS, Duration.ofMinutes(1));
            List<String> outcomes = result.outcomes();

            assertEquals(ROUNDS, result.rounds(), "rounds run");
            assertEquals(
                    Map.of(
                            "DynamoDb.PutItem", ROUNDS,
                            "DynamoDb.Query", ROUNDS,
                            "Sqs.SendMessage", ROUNDS,
                            "S3.PutObject", ROUNDS,
                            "S3.ListObjectsV2", ROUNDS),
                    counter.sent.entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(
                                    Map.Entry::getKey, e -> e.getValue().get())),
                    String.valueOf(outcomes));
            assertEquals(ROUNDS, fetches.get(), "one GET of the fetch URL per round");
            assertTrue(outcomes.contains("dynamodb-put: ConditionalCheckFailedException"), outcomes.toString());
            assertTrue(outcomes.contains("dynamodb-query: ok"), outcomes.toString());
            // Every step primes itself: a new Step is primed without touching Priming.
            assertEquals(
                    Arrays.stream(Step.values()).map(Step::id).toList(),
                    outcomes.stream().map(o -> o.substring(0, o.indexOf(':'))).toList());
            // The success side, rehearsed in memory: the canned answers still satisfy the SDK's parsing and checks.
            assertEquals(
                    Arrays.stream(Step.values()).map(step -> step.id() + ": ok").toList(), result.rehearsed());
            assertEquals(0, fixture.tableItems(), "priming wrote to the table");
            assertEquals(0, fixture.bucketObjects(), "priming wrote to the bucket");
            assertEquals(0, fixture.queueMessages(), "priming sent to the queue");
        } finally {
            api.stop(0);
        }
    }

    @Test
    void prime_whenBudgetAlreadySpent_startsNoRound() throws Exception {
        try (var fixture = HandlerFixture.loopback("127.0.0.1")) {
            var environment = fixture.executionEnvironment(Map.of(), List.of());

            Priming.Result result = environment.priming().prime(Priming.ROUNDS, Duration.ZERO);

            assertEquals(0, result.rounds(), "no round starts once the budget is spent");
            assertTrue(result.outcomes().isEmpty(), result.outcomes().toString());
        }
    }

    @Test
    void awaitQuietCompiler_whenQuietNeverLongEnough_returnsAtTheBound() {
        var rounds = new AtomicInteger();
        long start = System.nanoTime();

        Priming.awaitQuietCompiler(Duration.ofMinutes(1), 1, Duration.ofMillis(100), () -> {
            rounds.incrementAndGet();
            sleep(Duration.ofMillis(5));
        });

        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 5_000, "waited " + ms + " ms for a 100 ms bound");
        assertTrue(rounds.get() > 1, "kept the code busy while it waited: " + rounds.get() + " rounds");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
