package dev.eigwbench.report.stats;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.report.InvocationRecord;
import dev.eigwbench.report.Phase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Per step and per phase (cold, warm): both variants' statistics and the VPC − public difference. Per step two
 * metrics: its calls after the first (one median per invocation) and its first call alone (DNS, connect and TLS
 * when the connection is new). Besides the steps, three whole-run metrics: the handler's total time, the Lambda
 * REPORT Duration and the start-up time (Init Duration, or Restore Duration with SnapStart), each only where some
 * run has it.
 *
 * <p>The unit of comparison is the invocation (for cold starts, the new execution environment): calls within one
 * invocation share its JVM, connection and moment, so they are summarised to one value per invocation before any
 * interval is computed.
 *
 * @param metrics in phase order (cold first), then step order, then first calls, then whole-run metrics
 * @param failures one line per failed run
 * @param settings how differences were judged
 */
public record Comparison(List<MetricComparison> metrics, List<String> failures, ComparisonSettings settings) {
    public static final String METRIC_HANDLER_TOTAL = "handler-total";
    public static final String METRIC_LAMBDA_DURATION = "lambda-duration";
    public static final String METRIC_STARTUP = "startup";
    public static final String FIRST_CALL_SUFFIX = "/first-call";

    public Comparison {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        failures = failures == null ? List.of() : List.copyOf(failures);
        Objects.requireNonNull(settings, "settings is required");
    }

    public static Comparison of(Collection<InvocationRecord> records) {
        return of(records, ComparisonSettings.DEFAULT);
    }

    public static Comparison of(Collection<InvocationRecord> records, ComparisonSettings settings) {
        var metrics = new ArrayList<MetricComparison>();
        for (Phase phase : Phase.values()) {
            List<InvocationRecord> inPhase =
                    records.stream().filter(r -> r.phase() == phase).toList();
            if (inPhase.isEmpty()) continue;
            List<InvocationRecord> ok =
                    inPhase.stream().filter(r -> !r.failed()).toList();
            List<Step> steps = stepsRun(ok);
            for (Step step : steps) {
                metrics.add(compareStep(step, phase, ok, settings));
            }
            for (Step step : steps) {
                addRunMetric(
                        metrics,
                        step.id() + FIRST_CALL_SUFFIX,
                        "first call: " + stepLabel(step),
                        phase,
                        ok,
                        settings,
                        r -> firstCall(r, step));
            }
            addRunMetric(
                    metrics,
                    METRIC_HANDLER_TOTAL,
                    "all steps (handler total)",
                    phase,
                    ok,
                    settings,
                    r -> r.result().totalMs());
            addRunMetric(
                    metrics,
                    METRIC_LAMBDA_DURATION,
                    "invocation (REPORT Duration)",
                    phase,
                    ok,
                    settings,
                    r -> r.lambdaReport() == null ? null : r.lambdaReport().durationMs());
            addRunMetric(
                    metrics,
                    METRIC_STARTUP,
                    "start-up (Init or Restore Duration)",
                    phase,
                    ok,
                    settings,
                    r -> r.lambdaReport() == null ? null : r.lambdaReport().startupMs());
        }
        List<String> failures = records.stream()
                .filter(InvocationRecord::failed)
                .map(r -> r.variant().id() + " #" + r.sequence() + " ("
                        + r.phase().id() + "): " + r.failureReason())
                .toList();
        return new Comparison(metrics, failures, settings);
    }

    /** The steps that ran, in run order (the result reader leaves out steps this version does not know). */
    private static List<Step> stepsRun(List<InvocationRecord> records) {
        var seen = EnumSet.noneOf(Step.class);
        records.forEach(r -> r.result().steps().forEach(s -> seen.add(s.step())));
        return List.copyOf(seen);
    }

    private static String stepLabel(Step step) {
        return step.humanLabel() + " (" + step.id() + ")";
    }

    private static Double firstCall(InvocationRecord record, Step step) {
        return record.result().steps().stream()
                .filter(s -> s.step() == step && s.calls() > 0)
                .map(StepResult::firstCallMs)
                .findFirst()
                .orElse(null);
    }

    private static MetricComparison compareStep(
            Step step, Phase phase, List<InvocationRecord> records, ComparisonSettings settings) {
        VariantSummary vpc = summarizeStep(Variant.VPC, step, records);
        VariantSummary pub = summarizeStep(Variant.PUBLIC, step, records);
        return new MetricComparison(
                step.id(), stepLabel(step), true, phase, vpc, pub, difference(vpc, pub, settings, phase));
    }

    private static VariantSummary summarizeStep(Variant variant, Step wanted, List<InvocationRecord> records) {
        var samples = new ArrayList<Double>();
        var perInvocation = new ArrayList<Double>();
        var families = new TreeSet<String>();
        int runs = 0;
        int calls = 0;
        int errors = 0;
        for (InvocationRecord record : records) {
            if (record.variant() != variant) continue;
            for (StepResult step : record.result().steps()) {
                if (step.step() != wanted) continue;
                runs++;
                calls += step.calls();
                errors += step.errors();
                samples.addAll(step.samplesMs());
                afterFirstCallMedian(step.samplesMs()).ifPresent(perInvocation::add);
                if (step.network() != null && step.network().family() != null) {
                    families.add(step.network().family().id());
                }
            }
        }
        return new VariantSummary(
                variant,
                runs,
                calls,
                errors,
                SummaryStats.of(samples),
                new ArrayList<>(families),
                samples,
                perInvocation);
    }

    /** The first call is a metric of its own; the rest are summarised by their median, robust to a GC pause. */
    private static java.util.Optional<Double> afterFirstCallMedian(List<Double> samples) {
        if (samples.isEmpty()) return java.util.Optional.empty();
        List<Double> steady = samples.size() > 1 ? samples.subList(1, samples.size()) : samples;
        return java.util.Optional.of(SummaryStats.of(steady).p50());
    }

    private static void addRunMetric(
            List<MetricComparison> into,
            String metric,
            String label,
            Phase phase,
            List<InvocationRecord> records,
            ComparisonSettings settings,
            Function<InvocationRecord, Double> value) {
        VariantSummary vpc = summarizeRuns(Variant.VPC, records, value);
        VariantSummary pub = summarizeRuns(Variant.PUBLIC, records, value);
        if (vpc.stats().count() == 0 && pub.stats().count() == 0) return;
        into.add(new MetricComparison(metric, label, false, phase, vpc, pub, difference(vpc, pub, settings, phase)));
    }

    private static VariantSummary summarizeRuns(
            Variant variant, List<InvocationRecord> records, Function<InvocationRecord, Double> value) {
        List<Double> samples = records.stream()
                .filter(r -> r.variant() == variant)
                .map(value)
                .filter(Objects::nonNull)
                .toList();
        return new VariantSummary(
                variant, samples.size(), samples.size(), 0, SummaryStats.of(samples), List.of(), samples, samples);
    }

    private static DifferenceEstimate difference(
            VariantSummary vpc, VariantSummary pub, ComparisonSettings settings, Phase phase) {
        double[] v = toArray(vpc.invocationValuesMs());
        double[] p = toArray(pub.invocationValuesMs());
        var shift = ShiftInterval.of(v, p, settings.confidence());
        if (shift.isEmpty()) {
            int need = Math.max(settings.minInvocations(), 1);
            return DifferenceEstimate.insufficient(
                    settings.confidence(),
                    String.format(
                            Locale.ROOT,
                            "needs %d %s invocations of each function (has %d and %d); %s",
                            need,
                            phase.id(),
                            v.length,
                            p.length,
                            settings.runHint().howToGet(phase, need)));
        }
        double[] pooled = new double[v.length + p.length];
        System.arraycopy(v, 0, pooled, 0, v.length);
        System.arraycopy(p, 0, pooled, v.length, p.length);
        double threshold =
                settings.threshold().forMedian(SummaryStats.of(pooled).p50());
        return DifferenceEstimate.judge(
                shift.get(), settings.confidence(), SummaryStats.of(p).p50(), threshold);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The metrics of one phase, in report order. */
    public List<MetricComparison> inPhase(Phase phase) {
        return metrics.stream().filter(m -> m.phase() == phase).toList();
    }

    /** Metrics that could be compared (enough invocations on both sides). */
    public List<MetricComparison> compared() {
        return metrics.stream()
                .filter(m -> m.difference().verdict() != Verdict.INSUFFICIENT_DATA)
                .toList();
    }
}
