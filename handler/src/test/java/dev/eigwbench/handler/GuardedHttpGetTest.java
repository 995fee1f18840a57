package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eigwbench.handler.net.DestinationGuard;
import dev.eigwbench.handler.steps.AbortTimer;
import dev.eigwbench.handler.steps.HttpGetStep;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;

/**
 * The real http-get client with a resolver fake: a blocked answer fails the call before any connection. Each answer
 * puts an allowed loopback address (a counting server) where a broken guard would dial first, so even a broken
 * guard would never send a packet to the blocked address.
 */
class GuardedHttpGetTest {
    @Test
    void call_whenNameAnswersLoopbackThenInstanceMetadata_refusesWithoutConnecting() throws Exception {
        try (var server = TrickleServer.start(TrickleServer.Mode.OK)) {
            var step = step(server, answers(List.of("127.0.0.1", "169.254.169.254")));

            var error = assertThrows(DestinationGuard.BlockedDestinationException.class, () -> step.call(0));

            assertEquals(0, server.connections(), error.getMessage());
        }
    }

    @Test
    void call_whenNameRebindsToTheUnspecifiedAddress_secondCallRefusedBeforeConnecting() throws Exception {
        try (var server = TrickleServer.start(TrickleServer.Mode.OK)) {
            // The server closes each connection, so the second call resolves again.
            var step = step(server, answers(List.of("127.0.0.1"), List.of("0.0.0.0")));

            step.call(0);
            var error = assertThrows(DestinationGuard.BlockedDestinationException.class, () -> step.call(1));

            assertEquals(1, server.connections(), error.getMessage());
        }
    }

    @Test
    void call_whenUrlIsALoopbackLiteral_theClientStillAsksTheGuard() throws Exception {
        try (var server = TrickleServer.start(TrickleServer.Mode.OK)) {
            // What the event's url check refuses up front; here straight to the step, as a second line.
            var timeouts = HandlerSettings.Timeouts.DEFAULT;
            var guarded = ServiceClients.httpGetResolver(
                    new dev.eigwbench.handler.net.RecordingDnsResolver(), timeouts, false);
            var step = new HttpGetStep(
                    ServiceClients.httpClient(timeouts, guarded),
                    server.url("127.0.0.1"),
                    timeouts.apiCall(),
                    new AbortTimer());

            var error = assertThrows(DestinationGuard.BlockedDestinationException.class, () -> step.call(0));

            assertEquals(0, server.connections(), error.getMessage());
        }
    }

    private static HttpGetStep step(TrickleServer server, DnsResolver fake) {
        var timeouts = HandlerSettings.Timeouts.DEFAULT;
        var client = ServiceClients.httpClient(timeouts, ServiceClients.httpGetResolver(fake, timeouts, true));
        return new HttpGetStep(
                client,
                URI.create("http://guarded.test:" + server.port() + "/todos/1"),
                timeouts.apiCall(),
                new AbortTimer());
    }

    /** A resolver fake: one answer per lookup, in order, never asking DNS. */
    @SafeVarargs
    private static DnsResolver answers(List<String>... answers) {
        Deque<List<String>> queue = new ArrayDeque<>(List.of(answers));
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                var result = new java.util.ArrayList<InetAddress>();
                for (String literal : queue.pop()) {
                    result.add(InetAddress.getByName(literal));
                }
                return result.toArray(InetAddress[]::new);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
    }
}
