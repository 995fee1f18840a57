package dev.eigwbench.lab.readiness;

import dev.eigwbench.client.ClientException;
import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.lab.LabOptions;
import dev.eigwbench.lab.Privileges;
import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code bin/lab readiness}: serves the functions through the local Lambda API in the simulated networks with the
 * four destination kinds, runs the client's readiness command against it (its report first), then prints each vpc
 * verdict next to what the destination really is. Exit 0 when every verdict matches, 1 otherwise, 2 without root.
 */
public final class ReadinessLabCommand {
    private static final int CONNECT_TIMEOUT_MS = 1000;

    private ReadinessLabCommand() {}

    public static int run(PrintStream out, PrintStream err) {
        if (!Privileges.canSimulateNetworks()) {
            err.println("lab: readiness needs root on Linux with iproute2 (network namespaces); run: sudo bin/lab"
                    + " readiness");
            return 2;
        }
        var defaults = LabOptions.defaults();
        var options = new LabOptions(
                1,
                defaults.iterations(),
                true,
                LabOptions.NetworkMode.NAMESPACES,
                defaults.outputDir(),
                defaults.functionTimeout(),
                defaults.runtime(),
                null,
                false);
        err.println("lab: building the simulated networks with four readiness destinations");
        ReadinessLab.Result result;
        try {
            result = ReadinessLab.run(options, CONNECT_TIMEOUT_MS, err, out);
        } catch (ClientException e) {
            err.println("lab: " + e.getMessage());
            return 2;
        }
        boolean allMatch = true;
        out.println();
        out.println("What each destination really is, against the client's verdicts:");
        out.printf(Locale.ROOT, "%-12s %-24s %-24s %-8s %s%n", "kind", "vpc verdict", "expected", "public", "why");
        for (DestinationKind kind : DestinationKind.values()) {
            DestinationResult v = result.vpc(kind);
            DestinationResult p = result.control(kind);
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
                result.outcome().vpc().totalMs(),
                result.outcome().control().totalMs(),
                CONNECT_TIMEOUT_MS);
        out.println(
                allMatch
                        ? "All four destination kinds got the right verdict; the public function reaches the IPv4-only"
                                + " ones."
                        : "Some verdicts do not match what the destination is (marked MISMATCH).");
        return allMatch ? 0 : 1;
    }
}
