package dev.eigwbench.handler.readiness;

import dev.eigwbench.common.readiness.AwsServiceEndpoints;
import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.ConnectOutcome;
import dev.eigwbench.common.readiness.DestinationKind;
import dev.eigwbench.common.readiness.DestinationSpec;
import dev.eigwbench.common.readiness.HostProbe;
import dev.eigwbench.common.readiness.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns what one function saw into a verdict. Without NAT, only IPv6 (through the egress-only gateway) and the
 * gateway endpoints (S3, DynamoDB over IPv4) leave a private subnet, so:
 *
 * <ul>
 *   <li>an IPv6 connect that succeeds: works without NAT;
 *   <li>S3 or DynamoDB reached over IPv4: works without NAT, through the gateway endpoint;
 *   <li>an A record but no working IPv6 (no AAAA, or an AAAA that does not answer), whether IPv4 connects here
 *       (through today's NAT) or is black-holed (no NAT): needs NAT or an interface endpoint;
 *   <li>no DNS answer, or every address refuses: unreachable either way.
 * </ul>
 */
public final class VerdictRules {
    private VerdictRules() {}

    /** A verdict (null when nothing could be tried in time) and the one-line reason. */
    public record Decision(Verdict verdict, String reason) {}

    /**
     * @param probe what was tried against the destination (a service's dual-stack endpoint)
     * @param ipv4Endpoint a service's IPv4 endpoint, probed when the dual-stack one did not connect over IPv6; or null
     */
    public static Decision decide(DestinationSpec spec, HostProbe probe, HostProbe ipv4Endpoint) {
        List<HostProbe> probes =
                Stream.of(probe, ipv4Endpoint).filter(p -> p != null).toList();
        if (probes.stream().allMatch(p -> p.dns().empty())) {
            String error = probe.dns().error() == null
                    ? "no A or AAAA record"
                    : probe.dns().error();
            return new Decision(Verdict.UNREACHABLE, "no DNS answer for " + probe.host() + ": " + error);
        }
        List<ConnectAttempt> attempts =
                probes.stream().flatMap(p -> p.connects().stream()).toList();
        if (!attempts.isEmpty() && attempts.stream().allMatch(a -> a.outcome() == ConnectOutcome.NOT_TRIED)) {
            return new Decision(null, "not probed: too little Lambda time left");
        }
        if (!attempts.isEmpty() && attempts.stream().allMatch(a -> a.outcome() == ConnectOutcome.BLOCKED)) {
            return new Decision(Verdict.UNREACHABLE, attempts.get(0).detail());
        }
        ConnectAttempt v6 = probe.attempt(ConnectAttempt.IPV6);
        if (probe.connected(ConnectAttempt.IPV6)) {
            return new Decision(
                    Verdict.WORKS_WITHOUT_NAT,
                    "reachable over IPv6 (" + v6.address() + ", connect " + v6.ms() + " ms" + afterConnect(probe)
                            + ")");
        }
        HostProbe v4Probe = probes.stream()
                .filter(p -> p.connected(ConnectAttempt.IPV4))
                .findFirst()
                .orElse(null);
        boolean gateway =
                spec.kind() == DestinationKind.AWS_SERVICE && AwsServiceEndpoints.hasGatewayEndpoint(spec.service());
        if (v4Probe != null && gateway) {
            return new Decision(
                    Verdict.WORKS_WITHOUT_NAT,
                    spec.service() + " over IPv4 (" + v4Probe.host() + "): without NAT the free " + spec.service()
                            + " gateway endpoint carries it; keep it on the private route tables");
        }
        String ipv6Problem = ipv6Problem(spec, probe, v6);
        if (v4Probe != null) {
            return new Decision(
                    Verdict.NEEDS_NAT_OR_ENDPOINT,
                    ipv6Problem + "; only IPv4 connects (" + v4Probe.host() + ")" + afterConnect(v4Probe));
        }
        boolean hasA = probes.stream().anyMatch(p -> !p.dns().ipv4().isEmpty());
        boolean v4BlackHoled = probes.stream()
                .map(p -> p.attempt(ConnectAttempt.IPV4))
                .anyMatch(a -> a != null
                        && (a.outcome() == ConnectOutcome.TIMED_OUT || a.outcome() == ConnectOutcome.UNREACHABLE));
        boolean v6Refused = v6 != null && v6.outcome() == ConnectOutcome.REFUSED;
        if (hasA && v4BlackHoled && !v6Refused) {
            return new Decision(
                    Verdict.NEEDS_NAT_OR_ENDPOINT,
                    ipv6Problem + "; IPv4 does not answer from this network either (what no NAT looks like): it"
                            + " needs NAT or an interface endpoint, if it answers at all (see the public control)");
        }
        return new Decision(Verdict.UNREACHABLE, "nothing answers: " + summary(attempts));
    }

    private static String ipv6Problem(DestinationSpec spec, HostProbe probe, ConnectAttempt v6) {
        String what = spec.kind() == DestinationKind.AWS_SERVICE
                ? spec.service() + "'s dual-stack endpoint " + probe.host()
                : probe.host();
        if (probe.dns().ipv6().isEmpty()) {
            return probe.dns().empty() ? what + " does not resolve" : "IPv4 only: " + what + " has no AAAA record";
        }
        return "the AAAA of " + what + " (" + v6.address() + ") does not answer: "
                + v6.outcome().name().toLowerCase().replace('_', ' ');
    }

    private static String afterConnect(HostProbe probe) {
        var notes = new ArrayList<String>();
        if (probe.tls() != null) {
            notes.add(
                    probe.tls().ok()
                            ? probe.tls().protocol() + " " + probe.tls().ms() + " ms"
                            : "TLS failed: " + probe.tls().error());
        }
        if (probe.httpStatus() != null) {
            notes.add("HTTP " + probe.httpStatus());
        } else if (probe.httpError() != null) {
            notes.add("GET failed: " + probe.httpError());
        }
        return notes.isEmpty() ? "" : ", " + String.join(", ", notes);
    }

    private static String summary(List<ConnectAttempt> attempts) {
        if (attempts.isEmpty()) {
            return "no address was dialled";
        }
        return String.join(
                ", ",
                attempts.stream()
                        .map(a -> a.family() + " " + a.address() + " "
                                + a.outcome().name().toLowerCase().replace('_', ' '))
                        .toList());
    }
}
