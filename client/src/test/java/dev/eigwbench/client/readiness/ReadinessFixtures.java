package dev.eigwbench.client.readiness;

import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.ConnectOutcome;
import dev.eigwbench.common.readiness.DestinationKind;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.DnsAnswer;
import dev.eigwbench.common.readiness.HostProbe;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.common.readiness.TlsHandshake;
import dev.eigwbench.common.readiness.Verdict;
import java.util.List;

/** Readiness results as the function shapes them, for the stub to answer with. */
final class ReadinessFixtures {
    private ReadinessFixtures() {}

    static ConnectAttempt v6(ConnectOutcome outcome) {
        return new ConnectAttempt(ConnectAttempt.IPV6, "2001:db8::10", outcome, 11.5, null);
    }

    static ConnectAttempt v4(ConnectOutcome outcome) {
        return new ConnectAttempt(ConnectAttempt.IPV4, "192.0.2.10", outcome, 9.25, null);
    }

    static HostProbe probe(String host, boolean a, boolean aaaa, ConnectAttempt... attempts) {
        return new HostProbe(
                host,
                443,
                new DnsAnswer(
                        a ? List.of("192.0.2.10") : List.of(), aaaa ? List.of("2001:db8::10") : List.of(), 2, null),
                List.of(attempts),
                new TlsHandshake("IPv6", "TLSv1.3", 15, null),
                200,
                null);
    }

    static DestinationResult result(
            String destination, DestinationKind kind, HostProbe probe, HostProbe ipv4, Verdict verdict, String reason) {
        String service = kind == DestinationKind.AWS_SERVICE ? destination : null;
        return new DestinationResult(destination, kind, service, probe, ipv4, verdict, reason, 30);
    }

    static ReadinessResult readiness(String variant, List<DestinationResult> destinations) {
        return new ReadinessResult(
                ReadinessResult.SCHEMA, variant, RunStatus.COMPLETE, "us-east-1", destinations, 120, List.of(), null);
    }

    /**
     * The VPC function's answer for api.example.com, sts, partner.example.com:443 and s3: the API and s3 work over
     * IPv6, sts has no dual-stack name, the partner API is IPv4-only and black-holed.
     */
    static ReadinessResult mixedVpcAnswer() {
        return readiness(
                "vpc",
                List.of(
                        api(
                                Verdict.WORKS_WITHOUT_NAT,
                                "reachable over IPv6 (2001:db8::10, connect 11.5 ms)",
                                v6(ConnectOutcome.CONNECTED),
                                v4(ConnectOutcome.TIMED_OUT)),
                        sts(
                                ConnectOutcome.TIMED_OUT,
                                "sts's dual-stack endpoint sts.us-east-1.api.aws does not resolve"),
                        partner(ConnectOutcome.TIMED_OUT, "IPv4 only: partner.example.com has no AAAA record"),
                        s3(Verdict.WORKS_WITHOUT_NAT, "reachable over IPv6", v6(ConnectOutcome.CONNECTED))));
    }

    /** The public function's answer for the same four: everything connects, over IPv4 only. */
    static ReadinessResult mixedPublicAnswer() {
        return readiness(
                "public",
                List.of(
                        api(
                                Verdict.NEEDS_NAT_OR_ENDPOINT,
                                "only IPv4 connects",
                                v6(ConnectOutcome.UNREACHABLE),
                                v4(ConnectOutcome.CONNECTED)),
                        sts(ConnectOutcome.CONNECTED, "only IPv4 connects"),
                        partner(ConnectOutcome.CONNECTED, "IPv4 only"),
                        s3(Verdict.NEEDS_NAT_OR_ENDPOINT, "only IPv4 connects", v4(ConnectOutcome.CONNECTED))));
    }

    static DestinationResult api(Verdict verdict, String reason, ConnectAttempt... connects) {
        return dualStack(
                "https://api.example.com/health", DestinationKind.URL, "api.example.com", verdict, reason, connects);
    }

    static DestinationResult s3(Verdict verdict, String reason, ConnectAttempt... connects) {
        return dualStack(
                "s3", DestinationKind.AWS_SERVICE, "s3.dualstack.us-east-1.amazonaws.com", verdict, reason, connects);
    }

    /** A destination whose host has A and AAAA records. */
    private static DestinationResult dualStack(
            String destination,
            DestinationKind kind,
            String host,
            Verdict verdict,
            String reason,
            ConnectAttempt... connects) {
        return result(destination, kind, probe(host, true, true, connects), null, verdict, reason);
    }

    /** sts has no dual-stack name: only its IPv4 endpoint is tried. */
    static DestinationResult sts(ConnectOutcome ipv4, String reason) {
        return result(
                "sts",
                DestinationKind.AWS_SERVICE,
                probe("sts.us-east-1.api.aws", false, false),
                probe("sts.us-east-1.amazonaws.com", true, false, v4(ipv4)),
                Verdict.NEEDS_NAT_OR_ENDPOINT,
                reason);
    }

    static DestinationResult partner(ConnectOutcome ipv4, String reason) {
        return ipv4OnlyHost("partner.example.com", ipv4, Verdict.NEEDS_NAT_OR_ENDPOINT, reason);
    }

    /** {@code host}:443 with an A record only, tried over IPv4. */
    static DestinationResult ipv4OnlyHost(String host, ConnectOutcome ipv4, Verdict verdict, String reason) {
        return result(
                host + ":443", DestinationKind.HOST_PORT, probe(host, true, false, v4(ipv4)), null, verdict, reason);
    }
}
