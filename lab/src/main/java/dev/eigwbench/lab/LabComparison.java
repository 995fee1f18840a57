package dev.eigwbench.lab;

import dev.eigwbench.client.PriceOptions;
import dev.eigwbench.client.aws.AwsClients;
import dev.eigwbench.client.aws.AwsSettings;
import dev.eigwbench.client.invoke.ColdStartForcer;
import dev.eigwbench.client.invoke.CompareRunner;
import dev.eigwbench.client.invoke.LambdaInvoker;
import dev.eigwbench.client.stack.FunctionTargets;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.request.BenchmarkRequest;
import dev.eigwbench.report.BenchmarkReport;
import dev.eigwbench.report.Design;
import dev.eigwbench.report.InvocationRecord;
import dev.eigwbench.report.PathFindings;
import dev.eigwbench.report.ReportHeader;
import dev.eigwbench.report.ReportWriter;
import dev.eigwbench.report.render.ConsoleRenderer;
import dev.eigwbench.report.stats.ComparisonSettings;
import dev.eigwbench.report.stats.RunHint;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The lab's comparison, made by the compare client's own code (its invoker, cold-start forcer, REPORT-line and
 * result parsers, cost flags) against the lab's local Lambda API, then written by the shared report path: the lab
 * and the cloud client have one invocation path.
 */
final class LabComparison {
    static final String TITLE = "eigw-bench lab: Lambda in a VPC with no NAT (IPv6 egress) vs. outside a VPC";
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration COLD_START_WAIT = Duration.ofSeconds(60);

    private LabComparison() {}

    /** Each function: one forced cold start, then {@code runs - 1} warm invocations, alternating vpc and public. */
    static Lab.Outcome run(Served served, LabOptions options, PriceOptions prices, PrintStream progress) {
        var settings = new AwsSettings(
                LocalDeployment.REGION,
                null,
                served.api().endpoint(),
                options.functionTimeout().plusSeconds(30),
                AwsSettings.DEFAULT_CONTROL_TIMEOUT,
                1,
                AwsSettings.DEFAULT_THROTTLING_DELAY);
        // The local API checks no signature; any credentials do, and none of AWS's are looked up.
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("lab", "lab"));
        try (var clients = new AwsClients(settings, credentials)) {
            var targets = FunctionTargets.fromOutputs(served.outputs(), "the lab's local Lambda API");
            var forcer = new ColdStartForcer(clients.controlClient(), POLL, COLD_START_WAIT);
            var runner = new CompareRunner(
                    new LambdaInvoker(clients.invokeClient()), forcer, line -> progress.println("lab:   " + line));
            var plan = new CompareRunner.Plan(options.runs() - 1, 1, 1, event());
            var records = runner.run(targets, plan).records().stream()
                    .map(LabComparison::fromLab)
                    .toList();

            var notes = new ArrayList<>(served.notes());
            notes.addAll(PathFindings.intendedPaths(records, served.simulated() && !options.identicalFunctions()));
            notes.add(initNote(records));
            var cost = prices.toInputs(LocalDeployment.REGION, notes);
            if (cost != null) {
                notes.add("Lambda cost is priced from the lab's REPORT lines, measured on this machine, not on Lambda;"
                        + " the NAT comparison prices the stated monthly traffic (--monthly-traffic-gb).");
            }
            var header = header(parameters(served, options), notes, options.identicalFunctions());
            var report = BenchmarkReport.of(header, records, cost, ComparisonSettings.DEFAULT.withRunHint(RUN_HINT));
            var files = ReportWriter.writeAll(report, options.outputDir(), "report");
            return new Lab.Outcome(report, files, ConsoleRenderer.render(report));
        }
    }

    /** The report header; an A/A run (two identical functions) is marked so the report adds its calibration line. */
    static ReportHeader header(Map<String, String> parameters, List<String> notes, boolean aaCalibration) {
        var header = ReportHeader.of(TITLE, InvocationRecord.SOURCE_LAB, parameters, notes);
        return aaCalibration ? header.withDesign(Design.AA) : header;
    }

    /** What a row that cannot compare needs, in the lab's own flags: each run is one cold start, then warm ones. */
    static final RunHint RUN_HINT = (phase, perFunction) -> switch (phase) {
        case WARM -> "run with `--runs " + (perFunction + 1) + "`";
        case COLD ->
            "the lab forces one cold start per function; compare cold starts with the client's" + " `--cold-starts "
                    + perFunction + "` against `bin/lab serve`";
    };

    /**
     * The event both functions get. It carries no iterations: {@code --iterations} sets the functions' configured
     * default (DEFAULT_ITERATIONS, as {@code -c iterations} does for the stack), which the function then uses.
     */
    private static BenchmarkRequest event() {
        return new BenchmarkRequest(null, null, null, null);
    }

    /** The client marks what it records as Lambda's; these ran in the lab. */
    private static InvocationRecord fromLab(InvocationRecord record) {
        return new InvocationRecord(
                record.variant(),
                record.sequence(),
                record.coldStart(),
                record.result(),
                record.lambdaReport(),
                record.functionError(),
                InvocationRecord.SOURCE_LAB);
    }

    private static Map<String, String> parameters(Served served, LabOptions options) {
        var p = new LinkedHashMap<String, String>();
        p.put("network", served.parameters().get("network"));
        p.put("local Lambda API", served.api().endpoint() + " (the compare client's code invoked it)");
        p.put("forced cold starts per function", "1");
        p.put("warm invocations per function", Integer.toString(options.runs() - 1));
        p.put("iterations per step", Integer.toString(options.iterations()));
        served.parameters().forEach(p::putIfAbsent);
        return p;
    }

    /** Lambda's Init Duration from each cold start's REPORT line: JVM start until the runtime asked for work. */
    private static String initNote(List<InvocationRecord> records) {
        var parts = new ArrayList<String>();
        for (var variant : Variant.values()) {
            var inits = records.stream()
                    .filter(r -> r.variant() == variant
                            && r.lambdaReport() != null
                            && r.lambdaReport().initDurationMs() != null)
                    .map(r -> String.format(
                            Locale.ROOT, "%.0f ms", r.lambdaReport().initDurationMs()))
                    .toList();
            if (!inits.isEmpty()) parts.add(variant.id() + " " + String.join(", ", inits));
        }
        return "Init Duration (REPORT lines: JVM start until the runtime asked for the first event): "
                + (parts.isEmpty() ? "no function started" : String.join("; ", parts));
    }
}
