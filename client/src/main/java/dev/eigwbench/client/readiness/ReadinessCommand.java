package dev.eigwbench.client.readiness;

import dev.eigwbench.client.aws.AwsClients;
import dev.eigwbench.client.stack.FunctionTargetOptions;
import dev.eigwbench.client.stack.FunctionTargets;
import dev.eigwbench.common.readiness.ReadinessResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code readiness}: "can I remove my NAT gateway?" Both functions probe the user's destinations; the VPC one gives
 * the verdict, the public one is the control. Optionally prices the NAT gateways' real traffic from CloudWatch.
 */
@Command(
        name = "readiness",
        mixinStandardHelpOptions = true,
        description = "Check from inside the VPC whether your destinations work without a NAT gateway (IPv6 or a"
                + " gateway endpoint), price the alternatives, and the saving from your NAT gateways' real traffic."
                + " Exit code 0: ready; 1: some destination needs NAT.",
        sortOptions = false)
public final class ReadinessCommand implements Callable<Integer> {
    public static final int EXIT_NOT_READY = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    DestinationOptions destinationOptions;

    @Mixin
    NatGatewayOptions natGateways;

    @Mixin
    FunctionTargetOptions target;

    @Option(
            names = "--connect-timeout-ms",
            description = "Bound on each connect, DNS lookup, TLS handshake (default: the function's).")
    Integer connectTimeoutMs;

    @Option(
            names = "--invoke-timeout",
            defaultValue = "120",
            description = "Seconds one Invoke may take (default: ${DEFAULT-VALUE}).")
    int invokeTimeoutSeconds;

    @Option(
            names = "--max-attempts",
            defaultValue = "3",
            description = "Attempts per AWS call (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--out", defaultValue = "reports", description = "Report directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--name",
            defaultValue = "readiness",
            description = "Report file base name (default: ${DEFAULT-VALUE}).")
    String name;

    @Mixin
    ReadinessPriceOptions priceOptions;

    private final Clock clock;

    public ReadinessCommand() {
        this(Clock.systemUTC());
    }

    ReadinessCommand(Clock clock) {
        this.clock = clock;
    }

    /** What one check found: both functions' answers and the report made of them. */
    public record Outcome(ReadinessResult vpc, ReadinessResult control, ReadinessReport report) {
        public int exitCode() {
            return report.ready() ? 0 : EXIT_NOT_READY;
        }
    }

    @Override
    public Integer call() {
        return check().exitCode();
    }

    /**
     * The whole command with the options as parsed: prints and writes the report and returns what it found. The lab
     * runs it against its local Lambda API (a loopback endpoint needs no credentials).
     */
    public Outcome check() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        // The functions first when the options or the outputs file name them: their ARNs say the region, and an AWS
        // service's endpoint is that region's.
        FunctionTargets offlineTargets = target.offline();
        String region = target.region(offlineTargets);
        List<String> destinations = destinationOptions.collect(region == null ? "us-east-1" : region);
        natGateways.validate();
        if (connectTimeoutMs != null && (connectTimeoutMs < 100 || connectTimeoutMs > 10_000)) {
            throw new IllegalArgumentException("--connect-timeout-ms must be 100..10000, got " + connectTimeoutMs);
        }
        if (invokeTimeoutSeconds < 1) throw new IllegalArgumentException("--invoke-timeout must be >= 1");
        var settings = target.settings(region, Duration.ofSeconds(invokeTimeoutSeconds), maxAttempts);
        try (AwsClients clients = AwsClients.create(settings)) {
            FunctionTargets targets = target.resolve(offlineTargets, clients);
            String resolvedRegion = clients.region();
            var notes = new ArrayList<String>();
            ReadinessPrices prices = priceOptions.prices(resolvedRegion, notes);
            var metrics = new NatGatewayMetrics(settings, resolvedRegion);
            List<String> natIds = natGateways.listed();
            if (natGateways.vpcId() != null) {
                natIds = metrics.gatewaysOf(natGateways.vpcId());
                stderr.println("found " + natIds.size() + " NAT gateway(s) in " + natGateways.vpcId() + ": "
                        + String.join(", ", natIds));
            }
            stderr.println("probing " + destinations.size() + " destination(s) from "
                    + targets.vpc().display() + " (vpc) and "
                    + targets.publicTarget().display() + " (public) in " + resolvedRegion);
            stderr.flush();
            var answers = ReadinessAnswers.ask(
                    new ReadinessInvoker(clients.invokeClient()), targets, destinations, connectTimeoutMs);

            List<NatGatewayTraffic> traffic = null;
            if (!natIds.isEmpty()) {
                traffic = metrics.traffic(natIds, natGateways.days(), clock.instant());
                notes.addAll(NatGatewayMetrics.gaps(traffic, natGateways.days()));
            }
            notes.add("The VPC function's verdict is the answer; the public function (IPv4, no VPC) is the control that"
                    + " tells a black-holed destination from one that is down for everyone.");
            notes.add("Run this while the NAT gateway still exists: IPv4-only destinations then still connect, and are"
                    + " flagged all the same, because without NAT their IPv4 traffic has no way out.");
            ReadinessReport report = ReadinessReport.of(
                    Instant.now(clock).toString(),
                    parameters(targets, resolvedRegion, destinations, natIds),
                    answers.rows(destinations),
                    resolvedRegion,
                    prices,
                    traffic,
                    natGateways.days(),
                    answers.warnings(),
                    notes);
            String text = ReadinessRenderer.text(report);
            stdout.print(text);
            stdout.flush();
            ReadinessFiles files = ReadinessFiles.write(report, text, out, name);
            stderr.println("reports: " + files.markdown() + ", " + files.json() + ", " + files.html());
            stderr.flush();
            return new Outcome(answers.vpc(), answers.control(), report);
        }
    }

    private Map<String, String> parameters(
            FunctionTargets targets, String resolvedRegion, List<String> destinations, List<String> natIds) {
        var p = new LinkedHashMap<String, String>();
        p.put("vpc function", targets.vpc().display());
        p.put("public function (control)", targets.publicTarget().display());
        p.put("functions from", targets.source());
        p.put("region", resolvedRegion);
        p.put("destinations", Integer.toString(destinations.size()));
        if (!natIds.isEmpty()) {
            p.put("NAT gateways", natGateways.describe(natIds));
            p.put("metrics window", "last " + natGateways.days() + " days");
        }
        return p;
    }
}
