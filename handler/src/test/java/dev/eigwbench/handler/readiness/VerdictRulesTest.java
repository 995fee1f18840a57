package dev.eigwbench.handler.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.ConnectOutcome;
import dev.eigwbench.common.readiness.DestinationSpec;
import dev.eigwbench.common.readiness.DnsAnswer;
import dev.eigwbench.common.readiness.HostProbe;
import dev.eigwbench.common.readiness.TlsHandshake;
import dev.eigwbench.common.readiness.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict from what one function saw; every rule and its reason. */
class VerdictRulesTest {
    private static final DestinationSpec API = DestinationSpec.parse("https://api.example.com/health", "us-east-1");
    private static final DestinationSpec S3 = DestinationSpec.parse("s3", "us-east-1");
    private static final DestinationSpec STS = DestinationSpec.parse("sts", "us-east-1");

    private static ConnectAttempt v6(ConnectOutcome outcome) {
        return new ConnectAttempt(ConnectAttempt.IPV6, "2001:db8::1", outcome, 12.5, null);
    }

    private static ConnectAttempt v4(ConnectOutcome outcome) {
        return new ConnectAttempt(ConnectAttempt.IPV4, "192.0.2.1", outcome, 10, null);
    }

    private static HostProbe probe(String host, List<String> a, List<String> aaaa, ConnectAttempt... attempts) {
        return new HostProbe(host, 443, new DnsAnswer(a, aaaa, 1, null), List.of(attempts), null, null, null);
    }

    @Test
    void decide_whenIpv6Connects_worksWithoutNat() {
        var probe = new HostProbe(
                "api.example.com",
                443,
                new DnsAnswer(List.of("192.0.2.1"), List.of("2001:db8::1"), 1, null),
                List.of(v6(ConnectOutcome.CONNECTED), v4(ConnectOutcome.CONNECTED)),
                new TlsHandshake("IPv6", "TLSv1.3", 20, null),
                200,
                null);

        VerdictRules.Decision decision = VerdictRules.decide(API, probe, null);

        assertEquals(Verdict.WORKS_WITHOUT_NAT, decision.verdict());
        assertTrue(decision.reason().contains("reachable over IPv6 (2001:db8::1"), decision.reason());
        assertTrue(decision.reason().contains("TLSv1.3") && decision.reason().contains("HTTP 200"), decision.reason());
    }

    @Test
    void decide_whenNoAaaaAndIpv4Connects_needsNatNamingIpv4Only() {
        var probe = probe("api.example.com", List.of("192.0.2.1"), List.of(), v4(ConnectOutcome.CONNECTED));

        VerdictRules.Decision decision = VerdictRules.decide(API, probe, null);

        assertEquals(Verdict.NEEDS_NAT_OR_ENDPOINT, decision.verdict());
        assertTrue(decision.reason().startsWith("IPv4 only: api.example.com has no AAAA record"), decision.reason());
    }

    @Test
    void decide_whenAaaaTimesOutAndIpv4Connects_needsNatNamingTheSilentAaaa() {
        var probe = probe(
                "api.example.com",
                List.of("192.0.2.1"),
                List.of("2001:db8::1"),
                v6(ConnectOutcome.TIMED_OUT),
                v4(ConnectOutcome.CONNECTED));

        VerdictRules.Decision decision = VerdictRules.decide(API, probe, null);

        assertEquals(Verdict.NEEDS_NAT_OR_ENDPOINT, decision.verdict());
        assertTrue(decision.reason().contains("(2001:db8::1) does not answer: timed out"), decision.reason());
    }

    @Test
    void decide_whenIpv4OnlyAndBlackHoled_needsNat() {
        var probe = probe("api.example.com", List.of("192.0.2.1"), List.of(), v4(ConnectOutcome.TIMED_OUT));

        VerdictRules.Decision decision = VerdictRules.decide(API, probe, null);

        assertEquals(Verdict.NEEDS_NAT_OR_ENDPOINT, decision.verdict());
        assertTrue(decision.reason().contains("IPv4 does not answer from this network"), decision.reason());
    }

    @Test
    void decide_whenNoDnsAnswer_unreachable() {
        var probe = new HostProbe(
                "gone.example.com",
                443,
                new DnsAnswer(List.of(), List.of(), 3, "no A or AAAA record"),
                List.of(),
                null,
                null,
                null);

        VerdictRules.Decision decision = VerdictRules.decide(API, probe, null);

        assertEquals(Verdict.UNREACHABLE, decision.verdict());
        assertTrue(
                decision.reason().equals("no DNS answer for gone.example.com: no A or AAAA record"), decision.reason());
    }

    @Test
    void decide_whenEveryAddressRefuses_unreachable() {
        var probe = probe(
                "api.example.com",
                List.of("192.0.2.1"),
                List.of("2001:db8::1"),
                v6(ConnectOutcome.REFUSED),
                v4(ConnectOutcome.REFUSED));

        VerdictRules.Decision decision = VerdictRules.decide(API, probe, null);

        assertEquals(Verdict.UNREACHABLE, decision.verdict());
        assertTrue(decision.reason().contains("IPv6 2001:db8::1 refused, IPv4 192.0.2.1 refused"), decision.reason());
    }

    @Test
    void decide_whenS3ReachedOverIpv4_worksThroughTheGatewayEndpoint() {
        var dualStack = probe("s3.dualstack.us-east-1.amazonaws.com", List.of(), List.of());
        var ipv4 = probe("s3.us-east-1.amazonaws.com", List.of("192.0.2.1"), List.of(), v4(ConnectOutcome.CONNECTED));

        VerdictRules.Decision decision = VerdictRules.decide(S3, dualStack, ipv4);

        assertEquals(Verdict.WORKS_WITHOUT_NAT, decision.verdict());
        assertTrue(decision.reason().contains("gateway endpoint"), decision.reason());
    }

    @Test
    void decide_whenServiceHasNoDualStackButIpv4Answers_needsAnEndpoint() {
        var dualStack = probe("sts.us-east-1.api.aws", List.of(), List.of());
        var ipv4 = probe("sts.us-east-1.amazonaws.com", List.of("192.0.2.1"), List.of(), v4(ConnectOutcome.CONNECTED));

        VerdictRules.Decision decision = VerdictRules.decide(STS, dualStack, ipv4);

        assertEquals(Verdict.NEEDS_NAT_OR_ENDPOINT, decision.verdict());
        assertTrue(
                decision.reason().contains("sts's dual-stack endpoint sts.us-east-1.api.aws does not resolve"),
                decision.reason());
    }

    @Test
    void decide_whenOnlyBlockedAddresses_unreachableSayingWhy() {
        var probe = probe(
                "metadata.example",
                List.of("169.254.169.254"),
                List.of(),
                new ConnectAttempt(
                        ConnectAttempt.IPV4,
                        "169.254.169.254",
                        ConnectOutcome.BLOCKED,
                        0,
                        "not dialled: link-local address 169.254.169.254 (instance metadata)"));

        VerdictRules.Decision decision = VerdictRules.decide(API, probe, null);

        assertEquals(Verdict.UNREACHABLE, decision.verdict());
        assertTrue(decision.reason().contains("instance metadata"), decision.reason());
    }

    @Test
    void decide_whenNothingWasTriedInTime_noVerdict() {
        var probe = probe(
                "api.example.com",
                List.of("192.0.2.1"),
                List.of(),
                new ConnectAttempt(ConnectAttempt.IPV4, "192.0.2.1", ConnectOutcome.NOT_TRIED, 0, "not dialled"));

        assertNull(VerdictRules.decide(API, probe, null).verdict());
    }
}
