package dev.eigwbench.report.stats;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.report.InvocationRecord;
import dev.eigwbench.report.Phase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Per step and per phase (cold, warm): both variants' statistics and the VPC − public difference. Besides the
 * steps, three whole-run metrics: the handler's total time, the Lambda REPORT Duration and the start-up time
 * (Init Duration, or Restore Duration with SnapStart), each only where some run has it.
 *
 * @param metrics in phase order (cold first), then step order, then whole-run metrics
 * @param failures one line per failed run
 * @param bootstrap the settings the intervals were computed with
 */
public record Comparison(List<MetricComparison> metrics, List<String> failures, Bootstrap bootstrap) {
    public static final String METRIC_HANDLER_TOTAL = "handler-total";
    public static final String METRIC_LAMBDA_DURATION = "lambda-duration";
    public static final String METRIC_STARTUP = "startup";

    public Comparison {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        failures = failures == null ? List.of() : List.copyOf(failures);
        Objects.requireNonNull(bootstrap, "bootstrap is required");
    }

    public static Comparison of(Collection<InvocationRecord> records) {
        return of(records, Bootstrap.DEFAULT);
    }

    public static Comparison of(Collection<InvocationRecord> records, Bootstrap bootstrap) {
        var metrics = new ArrayList<MetricComparison>();
        for (Phase phase : Phase.values()) {
            List<InvocationRecord> inPhase =
                    records.stream().filter(r -> r.phase() == phase).toList();
            if (inPhase.isEmpty()) continue;
            List<InvocationRecord> ok =
                    inPhase.stream().filter(r -> !r.failed()).toList();
            for (String stepId : stepIds(ok)) {
                metrics.add(compareStep(stepId, phase, ok, bootstrap));
            }
            addRunMetric(
                    metrics,
                    METRIC_HANDLER_TOTAL,
                    "all steps (handler total)",
                    phase,
                    ok,
                    bootstrap,
                    r -> r.result().totalMs());
            addRunMetric(
                    metrics,
                    METRIC_LAMBDA_DURATION,
                    "invocation (REPORT Duration)",
                    phase,
                    ok,
                    bootstrap,
                    r -> r.lambdaReport() == null ? null : r.lambdaReport().durationMs());
            addRunMetric(
                    metrics,
                    METRIC_STARTUP,
                    "start-up (Init or Restore Duration)",
                    phase,
                    ok,
                    bootstrap,
                    r -> r.lambdaReport() == null ? null : r.lambdaReport().startupMs());
        }
        List<String> failures = records.stream()
                .filter(InvocationRecord::failed)
                .map(r -> r.variant().id() + " #" + r.sequence() + " ("
                        + r.phase().id() + "): " + r.failureReason())
                .toList();
        return new Comparison(metrics, failures, bootstrap);
    }

    /** The known steps in run order, then any step id this version does not know, sorted. */
    private static List<String> stepIds(List<InvocationRecord> records) {
        var seen = new LinkedHashSet<String>();
        records.forEach(r -> r.result().steps().forEach(s -> seen.add(s.step())));
        var ordered = new ArrayList<String>();
        for (Step step : Step.values()) {
            if (seen.remove(step.id())) ordered.add(step.id());
        }
        ordered.addAll(new TreeSet<>(seen));
        return ordered;
    }

    private static MetricComparison compareStep(
            String stepId, Phase phase, List<InvocationRecord> records, Bootstrap bootstrap) {
        VariantSummary vpc = summarizeStep(Variant.VPC, stepId, records);
        VariantSummary pub = summarizeStep(Variant.PUBLIC, stepId, records);
        String label = Step.fromId(stepId)
                .map(s -> s.humanLabel() + " (" + stepId + ")")
                .orElse(stepId);
        return new MetricComparison(
                stepId, label, true, phase, vpc, pub, difference(vpc, pub, bootstrap, stepId, phase));
    }

    private static VariantSummary summarizeStep(Variant variant, String stepId, List<InvocationRecord> records) {
        var samples = new ArrayList<Double>();
        var families = new TreeSet<String>();
        int runs = 0;
        int calls = 0;
        int errors = 0;
        for (InvocationRecord record : records) {
            if (record.variant() != variant) continue;
            for (StepResult step : record.result().steps()) {
                if (!step.step().equals(stepId)) continue;
                runs++;
                calls += step.calls();
                errors += step.errors();
                samples.addAll(step.samplesMs());
                if (step.network() != null && step.network().family() != null) {
                    families.add(step.network().family());
                }
            }
        }
        return new VariantSummary(
                variant, runs, calls, errors, SummaryStats.of(samples), new ArrayList<>(families), samples);
    }

    private static void addRunMetric(
            List<MetricComparison> into,
            String metric,
            String label,
            Phase phase,
            List<InvocationRecord> records,
            Bootstrap bootstrap,
            Function<InvocationRecord, Double> value) {
        VariantSummary vpc = summarizeRuns(Variant.VPC, records, value);
        VariantSummary pub = summarizeRuns(Variant.PUBLIC, records, value);
        if (vpc.stats().count() == 0 && pub.stats().count() == 0) return;
        into.add(new MetricComparison(
                metric, label, false, phase, vpc, pub, difference(vpc, pub, bootstrap, metric, phase)));
    }

    private static VariantSummary summarizeRuns(
            Variant variant, List<InvocationRecord> records, Function<InvocationRecord, Double> value) {
        List<Double> samples = records.stream()
                .filter(r -> r.variant() == variant)
                .map(value)
                .filter(Objects::nonNull)
                .toList();
        return new VariantSummary(
                variant, samples.size(), samples.size(), 0, SummaryStats.of(samples), List.of(), samples);
    }

    private static DifferenceEstimate difference(
            VariantSummary vpc, VariantSummary pub, Bootstrap bootstrap, String metric, Phase phase) {
        long streamId = 31L * metric.hashCode() + phase.ordinal();
        return bootstrap.medianDifference(toArray(vpc.samplesMs()), toArray(pub.samplesMs()), streamId);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The metrics of one phase, in report order. */
    public List<MetricComparison> inPhase(Phase phase) {
        return metrics.stream().filter(m -> m.phase() == phase).toList();
    }
}
