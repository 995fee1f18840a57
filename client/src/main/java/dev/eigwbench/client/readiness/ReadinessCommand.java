package dev.eigwbench.client.readiness;

import dev.eigwbench.client.ClientException;
import dev.eigwbench.client.aws.AwsClients;
import dev.eigwbench.client.aws.AwsSettings;
import dev.eigwbench.client.stack.FunctionTarget;
import dev.eigwbench.client.stack.FunctionTargetOptions;
import dev.eigwbench.client.stack.FunctionTargets;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.report.cost.NatGatewayPrice;
import dev.eigwbench.report.cost.PriceCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;

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

    @Option(names = "--url", description = "An http(s) URL your functions call (repeatable).")
    List<String> urls;

    @Option(names = "--service", description = "An AWS service name, e.g. sts, secretsmanager (repeatable).")
    List<String> services;

    @Option(
            names = "--host",
            description = "host:port your functions connect to, e.g. db.example.com:5432 (repeatable).")
    List<String> hosts;

    @Option(names = "--from-file", description = "A file with one destination per line (# starts a comment).")
    Path fromFile;

    @Option(
            names = "--nat-gateway-id",
            description =
                    "A NAT gateway to price from its CloudWatch metrics (repeatable), e.g. nat-0123456789abcdef0.")
    List<String> natGatewayIds;

    @Option(
            names = "--vpc-id",
            description = "Price every available NAT gateway of this VPC (EC2 DescribeNatGateways), e.g."
                    + " vpc-0123456789abcdef0; instead of --nat-gateway-id.")
    String vpcId;

    @Option(
            names = "--days",
            defaultValue = "30",
            description = "Days of NAT metrics to read (default: ${DEFAULT-VALUE}).")
    int days;

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

    @Option(
            names = "--azs",
            defaultValue = "2",
            description = "AZs: one NAT gateway or endpoint interface each (default: ${DEFAULT-VALUE}).")
    int azs;

    @Option(
            names = "--monthly-traffic-gb",
            defaultValue = "100",
            description = "GB a month through NAT, when no --nat-gateway-id (default: ${DEFAULT-VALUE}).")
    double monthlyTrafficGb;

    @Option(
            names = "--endpoint-traffic-gb",
            defaultValue = "10",
            description = "GB a month through each interface endpoint (default: ${DEFAULT-VALUE}).")
    double endpointTrafficGb;

    @Option(names = "--nat-hourly-price", description = "USD per NAT gateway hour.")
    Double natHourly;

    @Option(names = "--nat-gb-price", description = "USD per GB processed by a NAT gateway.")
    Double natPerGb;

    @Option(names = "--ipv4-hourly-price", description = "USD per public IPv4 address hour.")
    Double ipv4Hourly;

    @Option(
            names = "--endpoint-hourly-price",
            description =
                    "USD per interface endpoint per AZ hour (default " + InterfaceEndpointPrice.DEFAULT_HOURLY + ").")
    Double endpointHourly;

    @Option(
            names = "--endpoint-gb-price",
            description =
                    "USD per GB through an interface endpoint (default " + InterfaceEndpointPrice.DEFAULT_PER_GB + ").")
    Double endpointPerGb;

    @Option(names = "--prices-as-of", description = "Date to state for overridden prices, e.g. 2026-01.")
    String pricesAsOf;

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
        List<String> destinations =
                DestinationOptions.collect(urls, services, hosts, fromFile, region == null ? "us-east-1" : region);
        List<String> natIds = natGatewayIds == null ? List.of() : natGatewayIds;
        NatTrafficReader.validate(natIds);
        if (vpcId != null) {
            if (!natIds.isEmpty()) {
                throw new IllegalArgumentException("pass --vpc-id or --nat-gateway-id, not both: --vpc-id prices all"
                        + " of the VPC's NAT gateways, --nat-gateway-id only the ones you list");
            }
            NatGatewayFinder.validate(vpcId);
        }
        if (days < 1 || days > 455)
            throw new IllegalArgumentException(
                    "--days must be 1..455 (CloudWatch keeps daily data 455 days), got " + days);
        if (connectTimeoutMs != null && (connectTimeoutMs < 100 || connectTimeoutMs > 10_000)) {
            throw new IllegalArgumentException("--connect-timeout-ms must be 100..10000, got " + connectTimeoutMs);
        }
        if (invokeTimeoutSeconds < 1) throw new IllegalArgumentException("--invoke-timeout must be >= 1");
        var settings = new AwsSettings(
                region,
                target.profile(),
                target.endpoint(),
                Duration.ofSeconds(invokeTimeoutSeconds),
                AwsSettings.DEFAULT_CONTROL_TIMEOUT,
                maxAttempts,
                AwsSettings.DEFAULT_THROTTLING_DELAY);
        try (AwsClients clients = AwsClients.create(settings)) {
            FunctionTargets targets = target.resolve(offlineTargets, clients);
            String resolvedRegion =
                    clients.invokeClient().serviceClientConfiguration().region().id();
            var notes = new ArrayList<String>();
            ReadinessPrices prices = prices(resolvedRegion, notes);
            if (vpcId != null) {
                natIds = natGateways(settings, resolvedRegion);
                stderr.println(
                        "found " + natIds.size() + " NAT gateway(s) in " + vpcId + ": " + String.join(", ", natIds));
            }
            stderr.println("probing " + destinations.size() + " destination(s) from "
                    + targets.vpc().display() + " (vpc) and "
                    + targets.publicTarget().display() + " (public) in " + resolvedRegion);
            stderr.flush();
            var invoker = new ReadinessInvoker(clients.invokeClient());
            var vpcCall =
                    CompletableFuture.supplyAsync(() -> invoker.invoke(targets.vpc(), destinations, connectTimeoutMs));
            var publicCall = CompletableFuture.supplyAsync(
                    () -> invoker.invoke(targets.publicTarget(), destinations, connectTimeoutMs));
            ReadinessResult vpc = checked(joined(vpcCall), targets.vpc());
            ReadinessResult control = checked(joined(publicCall), targets.publicTarget());

            List<NatGatewayTraffic> traffic = null;
            if (!natIds.isEmpty()) {
                try (CloudWatchClient cloudWatch = cloudWatch(settings, resolvedRegion)) {
                    traffic = new NatTrafficReader(cloudWatch).read(natIds, days, clock.instant());
                }
                traffic.stream()
                        .filter(t -> t.daysWithData() == 0)
                        .forEach(t -> notes.add(t.natGatewayId() + " has no data in the last " + days + " days: check"
                                + " the id and that --region is its region"));
            }
            var warnings = new ArrayList<String>();
            vpc.warnings().forEach(w -> warnings.add("vpc function: " + w));
            control.warnings().forEach(w -> warnings.add("public function: " + w));
            notes.add("The VPC function's verdict is the answer; the public function (IPv4, no VPC) is the control that"
                    + " tells a black-holed destination from one that is down for everyone.");
            notes.add("Run this while the NAT gateway still exists: IPv4-only destinations then still connect, and are"
                    + " flagged all the same, because without NAT their IPv4 traffic has no way out.");
            ReadinessReport report = ReadinessReport.of(
                    Instant.now(clock).toString(),
                    parameters(targets, resolvedRegion, destinations, natIds),
                    rows(destinations, vpc, control),
                    resolvedRegion,
                    prices,
                    traffic,
                    days,
                    warnings,
                    notes);
            String text = ReadinessRenderer.text(report);
            stdout.print(text);
            stdout.flush();
            write(report, text);
            stderr.println("reports: " + out.resolve(name + ".md") + ", " + out.resolve(name + ".json") + ", "
                    + out.resolve(name + ".html"));
            stderr.flush();
            return new Outcome(vpc, control, report);
        }
    }

    /** The call's own error (a function error, an SDK error), not the future's wrapper, so it reads as one line. */
    private static ReadinessResult joined(CompletableFuture<ReadinessResult> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    private static ReadinessResult checked(ReadinessResult result, FunctionTarget target) {
        if (result.status() == RunStatus.INVALID_INPUT || result.status() == RunStatus.FAILED) {
            String field = result.error() == null ? "" : result.error().field() + ": ";
            String message =
                    result.error() == null ? "no detail" : result.error().message();
            throw new ClientException(target.display() + " answered " + result.status() + " (" + field + message
                    + "); if the list passed this client's checks, deploy this version of the function");
        }
        return result;
    }

    private static List<DestinationRow> rows(List<String> destinations, ReadinessResult vpc, ReadinessResult control) {
        var rows = new ArrayList<DestinationRow>();
        for (String destination : destinations) {
            rows.add(CombinedVerdict.of(destination, find(vpc, destination), find(control, destination)));
        }
        return rows;
    }

    /** Matched by the entry's text, so the answer's order does not matter; null when the function left it out. */
    private static DestinationResult find(ReadinessResult result, String destination) {
        return result.destinations().stream()
                .filter(d -> destination.equals(d.destination()))
                .findFirst()
                .orElse(null);
    }

    private ReadinessPrices prices(String resolvedRegion, List<String> notes) {
        String priceRegion = resolvedRegion;
        if (PriceCatalog.natGateway(resolvedRegion).isEmpty()) {
            priceRegion = "us-east-1";
            notes.add("No default prices for region " + resolvedRegion + ": us-east-1 prices used; pass"
                    + " --nat-hourly-price, --nat-gb-price, --endpoint-hourly-price and --endpoint-gb-price.");
        }
        NatGatewayPrice nat = PriceCatalog.natGateway(priceRegion).orElseThrow();
        boolean overridden = natHourly != null
                || natPerGb != null
                || ipv4Hourly != null
                || endpointHourly != null
                || endpointPerGb != null;
        String asOf = overridden ? (pricesAsOf == null ? "user-supplied" : pricesAsOf) : PriceCatalog.AS_OF;
        if (endpointHourly == null || endpointPerGb == null) {
            notes.add("Interface endpoint defaults are us-east-1's ($" + InterfaceEndpointPrice.DEFAULT_HOURLY
                    + " per AZ-hour, $" + InterfaceEndpointPrice.DEFAULT_PER_GB + " per GB, " + PriceCatalog.AS_OF
                    + "); other regions differ slightly.");
        }
        return new ReadinessPrices(
                new NatGatewayPrice(
                        priceRegion,
                        natHourly != null ? natHourly : nat.usdPerHour(),
                        natPerGb != null ? natPerGb : nat.usdPerGbProcessed(),
                        ipv4Hourly != null ? ipv4Hourly : nat.usdPerPublicIpv4Hour(),
                        asOf),
                new InterfaceEndpointPrice(
                        priceRegion,
                        endpointHourly != null ? endpointHourly : InterfaceEndpointPrice.DEFAULT_HOURLY,
                        endpointPerGb != null ? endpointPerGb : InterfaceEndpointPrice.DEFAULT_PER_GB,
                        asOf),
                azs,
                monthlyTrafficGb,
                endpointTrafficGb);
    }

    /** The VPC's available NAT gateways; none is an error: there is nothing to price, likely a wrong id or region. */
    private List<String> natGateways(AwsSettings settings, String resolvedRegion) {
        List<String> found;
        try (Ec2Client ec2 = configure(Ec2Client.builder(), settings, resolvedRegion)) {
            found = new NatGatewayFinder(ec2).find(vpcId);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("--vpc-id " + vpcId + " has no available NAT gateway in "
                    + resolvedRegion + ": nothing to price (check the id and --region, or pass --nat-gateway-id)");
        }
        if (found.size() > NatTrafficReader.MAX_GATEWAYS) {
            throw new IllegalArgumentException("--vpc-id " + vpcId + " has " + found.size() + " NAT gateways, at most "
                    + NatTrafficReader.MAX_GATEWAYS + " per report: pass up to that many with --nat-gateway-id");
        }
        return found;
    }

    private CloudWatchClient cloudWatch(AwsSettings settings, String resolvedRegion) {
        return configure(CloudWatchClient.builder(), settings, resolvedRegion);
    }

    /** The read-only AWS calls' clients: the same credentials, endpoint override and bounded timeouts. */
    private static <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C configure(
            B builder, AwsSettings settings, String resolvedRegion) {
        builder.region(Region.of(resolvedRegion))
                .credentialsProvider(
                        settings.profile() != null
                                ? ProfileCredentialsProvider.create(settings.profile())
                                : DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(Apache5HttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(Duration.ofSeconds(30))
                        .apiCallTimeout(Duration.ofSeconds(30L * settings.maxAttempts() + 30))
                        .build());
        if (settings.endpoint() != null) builder.endpointOverride(settings.endpoint());
        return builder.build();
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
            p.put(
                    "NAT gateways",
                    String.join(", ", natIds) + (vpcId == null ? "" : " (all available in " + vpcId + ")"));
            p.put("metrics window", "last " + days + " days");
        }
        return p;
    }

    private void write(ReadinessReport report, String text) {
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".md"), ReadinessRenderer.markdown(report), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".json"), ReadinessRenderer.json(report), StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".html"), ReadinessRenderer.html(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + out + ": " + e.getMessage(), e);
        }
    }
}
