package dev.eigwbench.client;

import dev.eigwbench.client.aws.AwsClients;
import dev.eigwbench.client.invoke.ColdStartForcer;
import dev.eigwbench.client.invoke.CompareRunner;
import dev.eigwbench.client.invoke.LambdaInvoker;
import dev.eigwbench.client.stack.FunctionTargetOptions;
import dev.eigwbench.client.stack.FunctionTargets;
import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.request.BenchmarkRequest;
import dev.eigwbench.report.BenchmarkReport;
import dev.eigwbench.report.InvocationRecord;
import dev.eigwbench.report.PathFindings;
import dev.eigwbench.report.Phase;
import dev.eigwbench.report.ReportFiles;
import dev.eigwbench.report.ReportHeader;
import dev.eigwbench.report.ReportWriter;
import dev.eigwbench.report.render.ConsoleRenderer;
import dev.eigwbench.report.stats.ComparisonSettings;
import dev.eigwbench.report.stats.EffectThreshold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compare}: invoke both functions the same way, many times, and report the difference and the cost. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Invoke the VPC (IPv6 egress, no NAT) and public functions alike and compare them per step,"
                + " cold and warm, with bootstrap confidence intervals and a NAT cost comparison.",
        sortOptions = false)
public final class CompareCommand implements Callable<Integer> {
    public static final int EXIT_FUNCTION_ERRORS = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    FunctionTargetOptions target;

    @Option(
            names = "--invocations",
            defaultValue = "10",
            description = "Warm invocations per function (default: ${DEFAULT-VALUE}).")
    int invocations;

    @Option(
            names = "--cold-starts",
            defaultValue = "0",
            description = "Forced cold starts per function, before the warm ones (default: ${DEFAULT-VALUE}).")
    int coldStarts;

    @Option(
            names = "--iterations",
            description = "Calls per step in each invocation (default: the deployment's, CDK context iterations:"
                    + " the event then leaves it out).")
    Integer iterations;

    @Option(
            names = "--steps",
            split = ",",
            description =
                    "Steps to run (default: all): dynamodb-put, dynamodb-query, sqs-send, s3-put, s3-list, http-get.")
    List<String> steps;

    @Option(names = "--url", description = "Public URL for the http-get step (default: the function's).")
    String url;

    @Option(
            names = "--concurrency",
            defaultValue = "1",
            description = "Warm invocations in flight at once (default: ${DEFAULT-VALUE}, sequential).")
    int concurrency;

    @Option(names = "--out", defaultValue = "reports", description = "Report directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--name",
            defaultValue = "compare",
            description = "Report file base name (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(
            names = "--invoke-timeout",
            defaultValue = "180",
            description = "Seconds one Invoke may take; at least the function's timeout (default: ${DEFAULT-VALUE}).")
    int invokeTimeoutSeconds;

    @Option(
            names = "--max-attempts",
            defaultValue = "5",
            description = "Attempts per AWS call on throttling or transient errors (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(
            names = "--cold-start-wait",
            defaultValue = "900",
            description =
                    "Seconds to wait for a forced cold start's update or SnapStart version (default: ${DEFAULT-VALUE}).")
    int coldStartWaitSeconds;

    @Option(
            names = "--poll-interval-ms",
            defaultValue = "5000",
            description = "How often to poll an update's status (default: ${DEFAULT-VALUE}).")
    long pollIntervalMs;

    @Option(
            names = "--min-effect-ms",
            defaultValue = "1",
            description = "Smallest difference called a finding, in ms (default: ${DEFAULT-VALUE}); the threshold is"
                    + " the larger of this and --min-effect-pct.")
    double minEffectMs;

    @Option(
            names = "--min-effect-pct",
            defaultValue = "10",
            description =
                    "Smallest difference called a finding, in %% of the metric's median (default: ${DEFAULT-VALUE}).")
    double minEffectPct;

    @Mixin
    PriceOptions prices;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        var plan = new CompareRunner.Plan(invocations, coldStarts, concurrency, request());
        var comparisonSettings = ComparisonSettings.DEFAULT
                .withThreshold(new EffectThreshold(minEffectMs, minEffectPct))
                .withRunHint((phase, n) ->
                        "run with `" + (phase == Phase.COLD ? "--cold-starts " : "--invocations ") + n + "`");
        if (pollIntervalMs < 10) throw new IllegalArgumentException("--poll-interval-ms must be >= 10");
        if (invokeTimeoutSeconds < 1) throw new IllegalArgumentException("--invoke-timeout must be >= 1");
        if (coldStartWaitSeconds < 1) throw new IllegalArgumentException("--cold-start-wait must be >= 1");
        // The functions first when they come from the outputs file or the options: a problem there is the one to
        // report, and their ARNs say which region to call.
        FunctionTargets offlineTargets = target.offline();
        var settings =
                target.settings(target.region(offlineTargets), Duration.ofSeconds(invokeTimeoutSeconds), maxAttempts);
        try (AwsClients clients = AwsClients.create(settings)) {
            FunctionTargets targets = target.resolve(offlineTargets, clients);
            String resolvedRegion = clients.region();
            stderr.println("comparing " + targets.vpc().display() + " (vpc) with "
                    + targets.publicTarget().display() + " (public) in " + resolvedRegion + ", functions from "
                    + targets.source());
            stderr.flush();
            var forcer = new ColdStartForcer(
                    clients.controlClient(),
                    Duration.ofMillis(pollIntervalMs),
                    Duration.ofSeconds(coldStartWaitSeconds));
            var runner = new CompareRunner(new LambdaInvoker(clients.invokeClient()), forcer, line -> {
                stderr.println(line);
                stderr.flush();
            });
            CompareRunner.Outcome outcome = runner.run(targets, plan);

            var notes = new ArrayList<String>();
            notes.add("Invocations ran in ABBA order (VPC, public, public, VPC, …), so drift over time affects both"
                    + " alike.");
            notes.addAll(PathFindings.intendedPaths(outcome.records(), true));
            notes.add("Cold or warm is what each REPORT line shows (Init or Restore Duration present), not what was"
                    + " intended.");
            if (coldStarts > 0 && targets.vpc().qualifier() != null) {
                notes.add("Each forced cold start published a new version and moved the alias; the stack's next"
                        + " deploy does not move it back (check with `aws lambda get-alias`).");
            }
            var costInputs = prices.toInputs(resolvedRegion, notes);
            var header = ReportHeader.of(
                    "eigw-bench: Lambda in a VPC with no NAT (IPv6 egress) vs. outside a VPC",
                    InvocationRecord.SOURCE_LAMBDA,
                    parameters(targets, resolvedRegion, outcome),
                    notes);
            BenchmarkReport report = BenchmarkReport.of(header, outcome.records(), costInputs, comparisonSettings);
            stdout.print(ConsoleRenderer.render(report));
            stdout.flush();
            ReportFiles files = ReportWriter.writeAll(report, out, name);
            stderr.println(
                    "reports: " + files.text() + ", " + files.markdown() + ", " + files.json() + ", " + files.html());
            if (report.hasFailures()) {
                stderr.println("error: " + report.comparison().failures().size()
                        + " invocation(s) failed; see 'Failed runs' in the report");
            }
            stderr.flush();
            return report.hasFailures() ? EXIT_FUNCTION_ERRORS : 0;
        }
    }

    /** The event both functions get; iterations only when asked, so the deployment's default applies otherwise. */
    private BenchmarkRequest request() {
        List<Step> chosen = null;
        if (steps != null && !steps.isEmpty()) {
            chosen = new ArrayList<>();
            for (String id : steps) {
                chosen.add(Step.fromId(id)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "--steps: unknown step '" + id + "'; choose from " + Arrays.toString(Step.ids()))));
            }
        }
        try {
            return new BenchmarkRequest(iterations, chosen, url, null);
        } catch (IllegalArgumentException e) {
            // The request names the field; the user typed it as an option.
            throw new IllegalArgumentException("--" + e.getMessage(), e);
        }
    }

    private LinkedHashMap<String, String> parameters(
            FunctionTargets targets, String resolvedRegion, CompareRunner.Outcome outcome) {
        var p = new LinkedHashMap<String, String>();
        p.put("vpc function", targets.vpc().display() + versionSuffix(outcome, Variant.VPC));
        p.put("public function", targets.publicTarget().display() + versionSuffix(outcome, Variant.PUBLIC));
        p.put("functions from", targets.source());
        p.put("region", resolvedRegion);
        p.put("warm invocations per function", Integer.toString(invocations));
        p.put("forced cold starts per function", Integer.toString(coldStarts));
        p.put("iterations per step", iterations == null ? "the deployment's" : Integer.toString(iterations));
        p.put("steps", steps == null ? "all" : String.join(", ", steps));
        p.put("concurrency", Integer.toString(concurrency));
        return p;
    }

    private static String versionSuffix(CompareRunner.Outcome outcome, Variant variant) {
        String version = outcome.executedVersions().get(variant);
        return version == null ? "" : " (executed version " + version + ")";
    }

    String stackName() {
        return target.stackName();
    }

    int maxAttempts() {
        return maxAttempts;
    }
}
