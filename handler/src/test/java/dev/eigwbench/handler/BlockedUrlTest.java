package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.handler.net.DestinationGuard;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deployed default: http-get refuses loopback, link-local, unspecified and their IPv6-embedded forms, as
 * literals (INVALID_INPUT naming url) and as names that resolve there (a blocked-destination error, before any
 * connection). Every target here is loopback or refused before a socket exists: no packet leaves this machine.
 */
class BlockedUrlTest {
    /** What the deployed stack looks like: no opt-in, and a FETCH_URL that is never fetched here. */
    private static final Map<String, String> DEPLOYED =
            Map.of(DestinationGuard.ENV_ALLOW_LOOPBACK, "false", "FETCH_URL", "https://example.invalid/todos/1");

    @RegisterExtension
    static final HandlerFixture fixture = HandlerFixture.loopback("127.0.0.1");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "url-loopback.json, blocked destination: 127.0.0.1 is loopback",
        "url-loopback-v6.json, 'blocked destination: [::1] is loopback'",
        "url-metadata.json, link-local (instance metadata)",
        "url-metadata-v6.json, instance metadata (IPv6)",
        "url-link-local.json, link-local",
        "url-link-local-v6.json, link-local",
        "url-unspecified.json, unspecified",
        "url-unspecified-v6.json, unspecified",
        "url-mapped-loopback.json, loopback",
        "url-mapped-metadata.json, link-local (instance metadata)",
        "url-compatible-loopback.json, loopback (IPv4-compatible)",
        "url-decimal-host.json, neither a name nor a dotted IPv4 address",
        "url-file.json, http:// or https://",
        "url-userinfo.json, must not carry user info"
    })
    void handleRequest_whenUrlRefused_answersInvalidInputNamingUrl(String fixtureName, String hint) throws Exception {
        Map<String, Object> response = HandlerCalls.invokeFixture(fixture.handler(DEPLOYED), fixtureName);

        assertEquals("INVALID_INPUT", response.get("status"), String.valueOf(response));
        @SuppressWarnings("unchecked")
        var error = (Map<String, Object>) response.get("error");
        assertEquals("url", error.get("field"));
        assertTrue(((String) error.get("message")).contains(hint), String.valueOf(error.get("message")));
    }

    @Test
    void run_whenNameResolvesToLoopback_failsEachCallAsBlockedWithoutConnecting() throws Exception {
        try (var server = TrickleServer.start(TrickleServer.Mode.OK)) {
            BenchmarkResult result =
                    fixture.httpGets(DEPLOYED, 2, server.url("localhost").toString());

            StepResult step = result.steps().get(0);
            assertEquals(2, step.errors());
            assertEquals(
                    DestinationGuard.BlockedDestinationException.class.getName(),
                    step.errorTypes().get(0).type());
            String message = step.errorTypes().get(0).sampleMessage();
            assertTrue(message.startsWith("blocked destination: localhost is "), message);
            assertTrue(message.contains("loopback"), message);
            assertEquals(0, server.connections(), "refused before any connection");
        }
    }

    @Test
    void run_whenOptedIntoLoopback_fetchesFromLoopback() throws Exception {
        try (var server = TrickleServer.start(TrickleServer.Mode.OK)) {
            BenchmarkResult result =
                    fixture.httpGets(Map.of(), 2, server.url("localhost").toString());

            assertCompleteWithoutErrors(result);
            assertEquals(2, server.connections());
        }
    }

    @Test
    void run_whenSchemeUpperCase_fetchesLikeLowerCase() throws Exception {
        try (var server = TrickleServer.start(TrickleServer.Mode.OK)) {
            String url = "HTTP://127.0.0.1:" + server.port() + "/todos/1";

            BenchmarkResult result = fixture.httpGets(Map.of(), 1, url);

            assertCompleteWithoutErrors(result);
            assertEquals(1, server.connections());
        }
    }

    @Test
    void run_whenFetchUrlIsALoopbackLiteralWithoutOptIn_answersFailedNamingFetchUrl() {
        BenchmarkResult result = fixture.handler(
                        Map.of(DestinationGuard.ENV_ALLOW_LOOPBACK, "false", "FETCH_URL", "http://127.0.0.1:9001/"))
                .run(Map.of(), TestContext.generous());

        assertEquals(RunStatus.FAILED, result.status());
        assertEquals("FETCH_URL", result.error().field());
        assertTrue(result.error().message().contains("loopback"), result.error().message());
    }

    @Test
    void run_whenOptInValueIsNotABoolean_answersFailedNamingTheVariable() {
        BenchmarkResult result = fixture.handler(Map.of(DestinationGuard.ENV_ALLOW_LOOPBACK, "yes"))
                .run(Map.of(), TestContext.generous());

        assertEquals(RunStatus.FAILED, result.status());
        assertEquals(DestinationGuard.ENV_ALLOW_LOOPBACK, result.error().field());
    }

    private static void assertCompleteWithoutErrors(BenchmarkResult result) {
        assertEquals(RunStatus.COMPLETE, result.status());
        StepResult step = result.steps().get(0);
        assertEquals(0, step.errors(), String.valueOf(step.errorTypes()));
    }
}
