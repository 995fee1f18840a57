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
}
