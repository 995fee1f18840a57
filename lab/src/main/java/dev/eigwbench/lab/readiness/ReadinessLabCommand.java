package dev.eigwbench.lab.readiness;

import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.lab.Lab;
import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import dev.eigwbench.lab.net.Role;
import dev.eigwbench.lab.net.TopologyPlan;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code bin/lab readiness}: builds the simulated networks with the four destination kinds, runs the function's
 * readiness probe from the vpc and public namespaces, and prints each verdict next to what the destination really
 * is. Exit 0 when every verdict matches, 1 otherwise, 2 without root.
 */
public final class ReadinessLabCommand {
    private static final int CONNECT_TIMEOUT_MS = 1000;

    private ReadinessLabCommand() {}

    public static int run(Path root, PrintStream out, PrintStream err) {
        if (!Lab.canSimulateNetworks()) {
            err.println("lab: readiness needs root on Linux with iproute2 (network namespaces); run: sudo bin/lab"
                    + " readiness");
            return 2;
        }
        var runner = new CommandRunner(Duration.ofSeconds(20));
        var plan = new TopologyPlan(ProcessHandle.current().pid() + "-rdy");
        err.println("lab: building the simulated networks with four readiness destinations");
        try (var network = NetworkLab.create(plan, "bench-bucket", runner, NetworkLab.NETNS_ETC);
                var lab = ReadinessLab.start(
                        network, runner, NetworkLab.NETNS_ETC, root.resolve("handler/target/eigw-bench-handler.jar"))) {
            err.println("lab: probing from the vpc and public namespaces");
            ReadinessResult vpc = lab.probe(Role.VPC, CONNECT_TIMEOUT_MS);
            ReadinessResult control = lab.probe(Role.PUBLIC, CONNECT_TIMEOUT_MS);
            boolean allMatch = true;
            out.printf(Locale.ROOT, "%-12s %-24s %-24s %-8s %s%n", "kind", "vpc verdict", "expected", "public", "why");
            for (DestinationKind kind : DestinationKind.values()) {
                DestinationResult v = find(vpc, lab.destinations().destination(kind));
                DestinationResult p = find(control, lab.destinations().destination(kind));
                boolean publicConnects = p.probe() != null && p.probe().connected(ConnectAttempt.IPV4);
                boolean match = kind.vpcVerdict() == v.verdict() && kind.publicConnects() == publicConnects;
                allMatch &= match;
                out.printf(
                        Locale.ROOT,
                        "%-12s %-24s %-24s %-8s %s%n",
                        kind.name().toLowerCase(Locale.ROOT),
                        v.verdict() + (match ? "" : "  MISMATCH"),
                        kind.vpcVerdict(),
                        publicConnects ? "reaches" : "no",
                        v.reason());
            }
            out.printf(
                    Locale.ROOT,
                    "probe time: vpc %.0f ms, public %.0f ms (connect timeout %d ms)%n",
                    vpc.totalMs(),
                    control.totalMs(),
                    CONNECT_TIMEOUT_MS);
            out.println(
                    allMatch
                            ? "All four destination kinds got the right verdict; the public function reaches the IPv4-only"
                                    + " ones."
                            : "Some verdicts do not match what the destination is (marked MISMATCH).");
            return allMatch ? 0 : 1;
        }
    }

    private static DestinationResult find(ReadinessResult result, String destination) {
        return result.destinations().stream()
                .filter(d -> d.destination().equals(destination))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(destination + " missing from the function's answer"));
    }
}
