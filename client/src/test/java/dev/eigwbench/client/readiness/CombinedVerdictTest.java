package dev.eigwbench.client.readiness;

import static dev.eigwbench.client.readiness.ReadinessFixtures.probe;
import static dev.eigwbench.client.readiness.ReadinessFixtures.result;
import static dev.eigwbench.client.readiness.ReadinessFixtures.v4;
import static dev.eigwbench.client.readiness.ReadinessFixtures.v6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.ConnectOutcome;
import dev.eigwbench.common.readiness.DestinationKind;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.Verdict;
import org.junit.jupiter.api.Test;

/** The VPC verdict checked against the public control. */
class CombinedVerdictTest {
    private static final String HOST = "partner.example.com:443";

    /** The partner's answer: an A record always, an AAAA record when {@code aaaa}. */
    private static DestinationResult partner(Verdict verdict, String reason, boolean aaaa, ConnectAttempt... connects) {
        return result(
                HOST,
                DestinationKind.HOST_PORT,
                probe("partner.example.com", true, aaaa, connects),
                null,
                verdict,
                reason);
    }

    private static DestinationResult blackHoled() {
        return partner(Verdict.NEEDS_NAT_OR_ENDPOINT, "IPv4 only", false, v4(ConnectOutcome.TIMED_OUT));
    }

    @Test
    void of_whenVpcBlackHoledAndPublicConnects_needsNat() {
        DestinationResult control =
                partner(Verdict.NEEDS_NAT_OR_ENDPOINT, "IPv4 only", false, v4(ConnectOutcome.CONNECTED));

        DestinationRow row = CombinedVerdict.of(HOST, blackHoled(), control);

        assertEquals(Verdict.NEEDS_NAT_OR_ENDPOINT, row.verdict());
        assertTrue(row.reason().endsWith("the public function reaches it over IPv4"), row.reason());
    }

    @Test
    void of_whenVpcReachesOverIpv4ThroughTodaysNat_needsNatWhateverTheControl() {
        DestinationResult vpc =
                partner(Verdict.NEEDS_NAT_OR_ENDPOINT, "IPv4 only", false, v4(ConnectOutcome.CONNECTED));

        assertEquals(
                Verdict.NEEDS_NAT_OR_ENDPOINT,
                CombinedVerdict.of(HOST, vpc, null).verdict());
    }

    @Test
    void of_whenVpcUnreachableButPublicConnects_keepsTheVerdictAndPointsAtTheVpcsFilters() {
        DestinationResult vpc = partner(
                Verdict.UNREACHABLE, "nothing answers", true, v6(ConnectOutcome.REFUSED), v4(ConnectOutcome.REFUSED));
        DestinationResult control =
                partner(Verdict.NEEDS_NAT_OR_ENDPOINT, "IPv4 only", true, v4(ConnectOutcome.CONNECTED));

        DestinationRow row = CombinedVerdict.of(HOST, vpc, control);

        assertEquals(Verdict.UNREACHABLE, row.verdict());
        assertTrue(row.reason().contains("security groups"), row.reason());
    }

    @Test
    void of_whenVpcDidNotProbeIt_hasNoVerdict() {
        DestinationResult vpc =
                new DestinationResult(HOST, DestinationKind.HOST_PORT, null, null, null, null, "not probed", 0);

        assertNull(CombinedVerdict.of(HOST, vpc, blackHoled()).verdict());
    }
}
