package dev.eigwbench.handler.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.handler.net.BlockedDestinations;
import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The addresses the probe never dials (checked on literals: nothing is sent). */
class BlockedDestinationsTest {
    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "fd00:ec2::254", "::ffff:169.254.169.254", "fe80::1", "0.0.0.0", "::"})
    void reason_whenMetadataLinkLocalOrUnspecified_blocks(String literal) throws Exception {
        assertTrue(BlockedDestinations.reason(InetAddress.getByName(literal)).isPresent(), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1", "192.0.2.1", "fd00::10", "198.18.0.10"})
    void reason_whenOrdinaryAddress_allows(String literal) throws Exception {
        assertTrue(BlockedDestinations.reason(InetAddress.getByName(literal)).isEmpty(), literal);
    }

    /** Surefire sets the opt-in, as the lab does; without it loopback is refused like in Lambda. */
    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "::ffff:127.0.0.1"})
    void reason_whenLoopback_followsTheOptIn(String literal) throws Exception {
        boolean optedIn = "true".equals(System.getenv(BlockedDestinations.ENV_ALLOW_LOOPBACK));
        assertEquals(
                !optedIn,
                BlockedDestinations.reason(InetAddress.getByName(literal)).isPresent(),
                literal);
    }
}
