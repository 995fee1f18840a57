package dev.eigwbench.client.readiness;

import dev.eigwbench.common.readiness.ConnectOutcome;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.HostProbe;
import dev.eigwbench.common.readiness.Verdict;
import java.util.stream.Stream;

/**
 * The VPC function's verdict is the answer; the public function is the control that tells "black-holed because there
 * is no NAT" from "down for everyone": an IPv4-only destination the VPC cannot reach but the public function can needs
 * NAT; one that neither reaches is unreachable either way.
 */
final class CombinedVerdict {
    private CombinedVerdict() {}

    static DestinationRow of(String destination, DestinationResult vpc, DestinationResult control) {
        if (vpc == null || vpc.verdict() == null) {
            return new DestinationRow(destination, null, "not probed by the VPC function (out of time)", vpc, control);
        }
        boolean controlReaches = control != null && connectedAnywhere(control);
        boolean controlProbed = control != null && control.verdict() != null;
        if (vpc.verdict() == Verdict.NEEDS_NAT_OR_ENDPOINT && !connectedAnywhere(vpc) && controlProbed) {
            if (!controlReaches) {
                return new DestinationRow(
                        destination,
                        Verdict.UNREACHABLE,
                        "neither function connects (VPC: " + vpc.reason() + "; public: " + control.reason() + ")",
                        vpc,
                        control);
            }
            return new DestinationRow(
                    destination,
                    vpc.verdict(),
                    vpc.reason() + "; the public function reaches it over IPv4",
                    vpc,
                    control);
        }
        if (vpc.verdict() == Verdict.UNREACHABLE && controlReaches) {
            return new DestinationRow(
                    destination,
                    vpc.verdict(),
                    vpc.reason() + "; but the public function connects: check the VPC's security groups and"
                            + " network ACLs",
                    vpc,
                    control);
        }
        return new DestinationRow(destination, vpc.verdict(), vpc.reason(), vpc, control);
    }

    private static boolean connectedAnywhere(DestinationResult result) {
        return Stream.of(result.probe(), result.ipv4Endpoint())
                .filter(p -> p != null)
                .map(HostProbe::connects)
                .flatMap(java.util.List::stream)
                .anyMatch(a -> a.outcome() == ConnectOutcome.CONNECTED);
    }
}
