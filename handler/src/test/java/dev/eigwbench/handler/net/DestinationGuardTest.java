package dev.eigwbench.handler.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;

/**
 * The guard's decision on what a resolver answered. These never dial: end-to-end refusals before a connection are
 * in BlockedUrlTest and GuardedHttpGetTest.
 */
class DestinationGuardTest {
    @Test
    void resolve_whenNameAnswersInstanceMetadata_throwsNamingHostAddressAndReason() throws Exception {
        var guard = new DestinationGuard(answering("169.254.169.254"), false);

        var error = assertThrows(DestinationGuard.BlockedDestinationException.class, () -> guard.resolve("evil.test"));

        assertEquals(
                "blocked destination: evil.test is 169.254.169.254, link-local (instance metadata); the benchmark does"
                        + " not call loopback, link-local or unspecified addresses",
                error.getMessage());
    }

    @Test
    void resolveWithPort_whenNameAnswersLoopback_refusesLikeResolve() {
        var guard = new DestinationGuard(answering("127.0.0.1"), false);

        // The overload Apache's connection operator calls: the interface's default, routed through resolve(host).
        assertThrows(DestinationGuard.BlockedDestinationException.class, () -> guard.resolve("evil.test", 443));
    }

    @Test
    void resolve_whenAnyAnswerBlocked_refusesTheWholeAnswer() {
        var guard = new DestinationGuard(answering("198.18.0.10", "fd00:ec2::254"), false);

        var error = assertThrows(DestinationGuard.BlockedDestinationException.class, () -> guard.resolve("mixed.test"));

        assertTrue(error.getMessage().contains("[fd00:ec2::254], instance metadata"), error.getMessage());
    }

    @Test
    void resolve_whenLoopbackAllowed_stillRefusesLinkLocal() {
        var guard = new DestinationGuard(answering("127.0.0.1", "169.254.169.254"), true);

        assertThrows(DestinationGuard.BlockedDestinationException.class, () -> guard.resolve("mixed.test"));
    }

    @Test
    void resolve_whenLoopbackAllowed_passesLoopbackAndMappedLoopback() throws Exception {
        var guard = new DestinationGuard(answering("127.0.0.1", "::1"), true);

        assertEquals(2, guard.resolve("localhost.test").length);
    }

    @Test
    void resolve_whenPrivateAndLabAddresses_passesThemInOrder() throws Exception {
        var answer = addresses("fd00::10", "198.18.0.10", "10.1.2.3");
        var guard = new DestinationGuard((Answer) name -> answer, false);

        assertArrayEquals(answer, guard.resolve("lab.test"));
    }

    @Test
    void resolve_whenNameRebindsIntoABlockedRange_refusesTheSecondAnswer() throws Exception {
        Deque<InetAddress[]> answers =
                new ArrayDeque<>(List.of(addresses("198.18.0.10"), addresses("169.254.169.254")));
        var guard = new DestinationGuard((Answer) name -> answers.pop(), false);

        guard.resolve("rebind.test");

        assertThrows(DestinationGuard.BlockedDestinationException.class, () -> guard.resolve("rebind.test"));
    }

    /** A resolver fake: answers every name with the given literals, never asks DNS. */
    static DnsResolver answering(String... literals) {
        InetAddress[] answer = addresses(literals);
        return (Answer) name -> answer;
    }

    private static InetAddress[] addresses(String... literals) {
        try {
            var result = new InetAddress[literals.length];
            for (int i = 0; i < literals.length; i++) {
                result[i] = InetAddress.getByName(literals[i]);
            }
            return result;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** DnsResolver with only the lookup to write. */
    @FunctionalInterface
    interface Answer extends DnsResolver {
        InetAddress[] answer(String host) throws UnknownHostException;

        @Override
        default InetAddress[] resolve(String host) throws UnknownHostException {
            return answer(host);
        }

        @Override
        default String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
