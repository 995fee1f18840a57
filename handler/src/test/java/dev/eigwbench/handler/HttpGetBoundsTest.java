package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.ErrorCount;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.handler.steps.AbortTimer;
import dev.eigwbench.handler.steps.HttpGetStep;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every http-get call is bounded as a whole (connect, headers and body) by the SDK calls' bound: a body that drips
 * or never ends, or a host whose many addresses all drop SYNs, ends at the bound, and the invocation still answers
 * with the call counted as an error. Real servers, all on loopback.
 */
class HttpGetBoundsTest {
    private static final int BOUND_MS = 1_500;
    /**
     * Per read 1.1 s: the drip (a byte every 200 ms) and the endless body never trip it, even when a loaded machine
     * starves the test server for most of a second (400 ms did, once), so only the whole-call bound can end a call.
     */
    private static final Map<String, String> TIMEOUTS = Map.of(
            HandlerSettings.ENV_API_CALL_TIMEOUT_MS, Integer.toString(BOUND_MS),
            HandlerSettings.ENV_API_CALL_ATTEMPT_TIMEOUT_MS, "1100",
            HandlerSettings.ENV_CONNECT_TIMEOUT_MS, "300");
    /** Slack for the abort to land and the step to record it, on a busy machine. */
    private static final int SLACK_MS = 700;

    @RegisterExtension
    static final HandlerFixture fixture = HandlerFixture.loopback("127.0.0.1");

    @Test
    void run_whenBodyDripsSlowly_eachCallEndsAtTheBoundAndTheRunAnswers() throws Exception {
        try (var server = TrickleServer.start(TrickleServer.Mode.DRIP)) {
            assertEachCallCutAtTheBound(runTwoGets(server));
        }
    }

    @Test
    void run_whenBodyNeverEnds_eachCallEndsAtTheBoundAndTheRunAnswers() throws Exception {
        try (var server = TrickleServer.start(TrickleServer.Mode.ENDLESS)) {
            assertEachCallCutAtTheBound(runTwoGets(server));
        }
    }

    @Test
    void call_whenHostHasManyAddressesThatDropSyns_endsWithinTheBound() throws Exception {
        var holes = new ArrayList<SilentServer>();
        var addresses = new ArrayList<InetAddress>();
        try {
            int port = 0;
            for (int i = 2; i <= 9; i++) {
                var hole = SilentServer.blackHole(InetAddress.getByName("127.0.0." + i), port);
                port = hole.port();
                holes.add(hole);
                addresses.add(InetAddress.getByName("127.0.0." + i));
            }
            // Eight addresses at a 1 s connect timeout each: 8 s if all were tried, against a 2.5 s bound.
            var timeouts = new HandlerSettings.Timeouts(
                    Duration.ofMillis(2_500), Duration.ofMillis(400), Duration.ofSeconds(1));
            var dialled = new ArrayList<InetAddress>();
            var resolver = recording(ServiceClients.httpGetResolver(fixed(addresses), timeouts, true), dialled);
            try (var client = ServiceClients.httpClient(timeouts, resolver);
                    var timer = new AbortTimer()) {
                var step = new HttpGetStep(
                        client, URI.create("http://many.test:" + port + "/todos/1"), timeouts.apiCall(), timer);
                long start = System.nanoTime();

                var error = assertThrows(InterruptedIOException.class, () -> step.call(0));

                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.println("eight black-holed addresses, 2500 ms bound: the call took " + ms + " ms");
                assertTrue(ms < 2_500 + SLACK_MS, "call took " + ms + " ms: " + error);
                assertEquals(addresses.subList(0, 2), dialled, "as many 1 s connects as fit in 2.5 s");
            }
        } finally {
            holes.forEach(SilentServer::close);
        }
    }

    private static BenchmarkResult runTwoGets(TrickleServer server) {
        return fixture.httpGets(TIMEOUTS, 2, server.url("127.0.0.1").toString());
    }

    private static void assertEachCallCutAtTheBound(BenchmarkResult result) {
        assertEquals(RunStatus.COMPLETE, result.status());
        StepResult step = result.steps().get(0);
        System.out.println("http-get calls cut at a " + BOUND_MS + " ms bound took " + step.samplesMs() + " ms");
        assertEquals(2, step.calls());
        assertEquals(2, step.errors());
        // One error type: both calls were cut by the whole-call bound (a per-read timeout would be a second type).
        assertEquals(
                List.of(HttpGetStep.CallTimeoutException.class.getName()),
                step.errorTypes().stream().map(ErrorCount::type).toList(),
                String.valueOf(step.errorTypes()));
        String message = step.errorTypes().get(0).sampleMessage();
        assertTrue(message.contains(BOUND_MS + " ms bound for the whole call"), message);
        step.samplesMs()
                .forEach(ms -> assertTrue(
                        ms >= BOUND_MS - 100 && ms < BOUND_MS + SLACK_MS,
                        "call took " + ms + " ms, bound " + BOUND_MS));
    }

    /** Records what the client is handed to dial. */
    private static DnsResolver recording(DnsResolver resolver, List<InetAddress> dialled) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                InetAddress[] addresses = resolver.resolve(host);
                dialled.addAll(List.of(addresses));
                return addresses;
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return host;
            }
        };
    }

    /** Answers every name with the given addresses, as a DNS server might. */
    static DnsResolver fixed(List<InetAddress> addresses) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) {
                return addresses.toArray(InetAddress[]::new);
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return host;
            }
        };
    }
}
