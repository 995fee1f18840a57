package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.emulators.EmulatorClients;
import dev.eigwbench.handler.net.DestinationGuard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A readiness event through the function's stream handler: the answer is a ReadinessResult, never a benchmark. */
class ReadinessEventTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private ExecutionEnvironment environment;

    @BeforeEach
    void create() {
        // Settings only: a readiness check never calls the table, queue or bucket.
        environment = ExecutionEnvironment.create(
                Map.of(
                        "TABLE_NAME",
                        "t",
                        "QUEUE_URL",
                        "http://127.0.0.1:9/000000000000/q",
                        "BUCKET_NAME",
                        "b",
                        "BENCH_VARIANT",
                        "vpc",
                        "AWS_REGION",
                        "eu-west-1",
                        DestinationGuard.ENV_ALLOW_LOOPBACK,
                        "true"),
                Map.of(),
                EmulatorClients.CREDENTIALS,
                List.of(),
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        environment.close();
    }

    private Map<String, Object> invoke(String event) throws IOException {
        return HandlerCalls.invoke(new BenchmarkHandler(environment), event);
    }

    @Test
    void handleRequest_whenReadinessEvent_answersAReadinessResult() throws IOException {
        try (var listening = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"))) {
            Map<String, Object> result =
                    invoke("{\"readiness\": {\"destinations\": [\"127.0.0.1:" + listening.getLocalPort() + "\"]}}");

            assertEquals(ReadinessResult.SCHEMA, result.get("schema"));
            assertEquals("COMPLETE", result.get("status"));
            assertEquals("vpc", result.get("variant"));
            assertEquals("eu-west-1", result.get("region"));
            @SuppressWarnings("unchecked")
            var destination = ((List<Map<String, Object>>) result.get("destinations")).get(0);
            // Loopback is dialled only because this environment opts in (EIGW_ALLOW_LOOPBACK_URL), as the lab does.
            assertEquals("NEEDS_NAT_OR_ENDPOINT", destination.get("verdict"), String.valueOf(destination));
            assertTrue(log.toString(StandardCharsets.UTF_8).contains(ReadinessResult.SCHEMA));
        }
    }

    @Test
    void handleRequest_whenReadinessListBad_answersInvalidInputNamingTheEntry() throws IOException {
        Map<String, Object> result = invoke("{\"readiness\": {\"destinations\": [\"sts\", \"ftp://x.example\"]}}");

        assertEquals("INVALID_INPUT", result.get("status"));
        @SuppressWarnings("unchecked")
        var error = (Map<String, Object>) result.get("error");
        assertEquals("readiness.destinations[1]", error.get("field"));
        assertTrue(String.valueOf(error.get("message")).contains("http:// or https://"), String.valueOf(error));
    }
}
