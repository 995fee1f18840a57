package dev.eigwbench.handler.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressLimitTest {
    @Test
    void resolve_whenMoreAddressesThanFit_keepsTheFirstOfEachFamilyInOrder() throws Exception {
        var limit = new AddressLimit(
                DestinationGuardTest.answering(
                        "2600:1f18::1", "2600:1f18::2", "2600:1f18::3", "198.51.100.1", "198.51.100.2"),
                3);

        assertEquals(
                List.of(
                        InetAddress.getByName("2600:1f18::1"),
                        InetAddress.getByName("2600:1f18::2"),
                        InetAddress.getByName("198.51.100.1")),
                List.of(limit.resolve("many.test")));
    }

    @Test
    void resolve_whenLimitIsOne_keepsOnlyTheFirst() throws Exception {
        var limit = new AddressLimit(DestinationGuardTest.answering("198.51.100.1", "2600:1f18::1"), 1);

        assertEquals(List.of(InetAddress.getByName("198.51.100.1")), List.of(limit.resolve("two.test")));
    }

    @Test
    void resolveWithPort_whenMoreAddressesThanFit_dialsOnlyTheKeptOnes() throws Exception {
        var limit = new AddressLimit(DestinationGuardTest.answering("198.51.100.1", "198.51.100.2"), 1);

        assertEquals(
                List.of(new InetSocketAddress(InetAddress.getByName("198.51.100.1"), 443)),
                limit.resolve("two.test", 443));
    }

    @Test
    void within_whenDefaultTimeouts_allowsFiveOneSecondConnectsInFiveSeconds() throws Exception {
        var limit = AddressLimit.within(
                DestinationGuardTest.answering(
                        "198.51.100.1",
                        "198.51.100.2",
                        "198.51.100.3",
                        "198.51.100.4",
                        "198.51.100.5",
                        "198.51.100.6",
                        "198.51.100.7",
                        "198.51.100.8"),
                Duration.ofSeconds(5),
                Duration.ofSeconds(1));

        assertEquals(5, limit.resolve("eight.test").length);
    }
}
