package dev.eigwbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.Variant;
import dev.eigwbench.report.InvocationRecord;
import dev.eigwbench.report.Phase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The statistics' calibration on synthetic data with invocation-level effects (see {@link SyntheticRuns}): over
 * many seeded A/A datasets each metric's interval excludes zero at most about 5 % of the time, and a real
 * difference of a given size is detected. Prints the measured rates.
 */
class AaCalibrationTest {
    private static final int DATASETS = 1000;
    private static final double NOMINAL = 0.05;
    /** Two binomial standard errors above 5 % over {@link #DATASETS}: a miscalibrated method lands far above. */
    private static final double MAX_RATE = NOMINAL + 2 * Math.sqrt(NOMINAL * (1 - NOMINAL) / DATASETS);

    private static final SyntheticRuns LAB_DEFAULT = new SyntheticRuns(5, 50, 0.10, 0);
    private static final SyntheticRuns CLIENT_DEFAULT = new SyntheticRuns(10, 50, 0.10, 0);

    @Test
    void comparison_whenAaAtLabSize_falsePositiveRatePerMetricAtMostNominal() {
        assertCalibrated(LAB_DEFAULT, 1L);
    }

    @Test
    void comparison_whenAaAtClientSize_falsePositiveRatePerMetricAtMostNominal() {
        assertCalibrated(CLIENT_DEFAULT, 2L);
    }

    @Test
    void comparison_whenSameDataAnalysedPerCall_wouldCallNoiseAFinding() {
        // Guards the simulation: with invocation-level effects, the old per-call bootstrap must fail here, or this
        // data would not test what the invocation-level method is for.
        int datasets = 100;
        int excluded = 0;
        for (int d = 0; d < datasets; d++) {
            var records = LAB_DEFAULT.generate(5000L + d);
            double[] vpc = pooledCalls(records, Variant.VPC, SyntheticRuns.SHIFTED_STEP);
            double[] pub = pooledCalls(records, Variant.PUBLIC, SyntheticRuns.SHIFTED_STEP);
            double[] ci = perCallBootstrap(vpc, pub, 200, new SplittableRandom(d));
            if (ci[0] > 0 || ci[1] < 0) excluded++;
        }
        double rate = (double) excluded / datasets;
        System.out.printf(
                Locale.ROOT,
                "per-call bootstrap, A/A, %s: interval excluded zero in %.1f %%%n",
                SyntheticRuns.SHIFTED_STEP,
                rate * 100);
        assertTrue(rate > 0.25, "per-call bootstrap false-positive rate " + rate);
    }

    @Test
    void comparison_whenVpcThirtyPercentSlowerAtLabSize_detectsIt() {
        double power = power(new SyntheticRuns(5, 50, 0.10, 3.6), 3L, 200);
        assertTrue(power >= 0.80, "power " + power);
    }

    @Test
    void comparison_whenVpcThirtyPercentSlowerAtClientSize_detectsIt() {
        double power = power(new SyntheticRuns(10, 50, 0.10, 3.6), 4L, 200);
        assertTrue(power >= 0.99, "power " + power);
    }

    @Test
    void comparison_whenShiftBelowThreshold_rarelyCallsItAFinding() {
        // +0.6 ms on a 12 ms step: real, but under max(1 ms, 10 %): a finding only when noise inflates the estimate.
        double called = power(new SyntheticRuns(10, 50, 0.02, 0.6), 6L, 200);
        assertTrue(called <= NOMINAL, "called " + called);
    }

    private static void assertCalibrated(SyntheticRuns design, long seed) {
        var excluded = new TreeMap<String, Integer>();
        var findings = new TreeMap<String, Integer>();
        for (int d = 0; d < DATASETS; d++) {
            var comparison = Comparison.of(design.generate(seed * 1_000_003L + d));
            for (MetricComparison m : comparison.inPhase(Phase.WARM)) {
                excluded.merge(m.metric(), m.difference().excludesZero() ? 1 : 0, Integer::sum);
                findings.merge(m.metric(), m.difference().verdict().isFinding() ? 1 : 0, Integer::sum);
            }
        }
        assertTrue(excluded.size() >= 7, "steps, first calls and handler total: " + excluded.keySet());
        for (Map.Entry<String, Integer> e : excluded.entrySet()) {
            double rate = (double) e.getValue() / DATASETS;
            double findingRate = (double) findings.get(e.getKey()) / DATASETS;
            System.out.printf(
                    Locale.ROOT,
                    "A/A, %d invocations each, %-24s interval excluded zero %.1f %%, called a finding %.1f %%%n",
                    design.invocations(),
                    e.getKey(),
                    rate * 100,
                    findingRate * 100);
            assertTrue(rate <= MAX_RATE, e.getKey() + ": false-positive rate " + rate);
            assertTrue(findingRate <= rate, e.getKey() + ": findings are a subset of excluded intervals");
        }
    }

    private static double power(SyntheticRuns design, long seed, int datasets) {
        int detected = 0;
        for (int d = 0; d < datasets; d++) {
            var comparison = Comparison.of(design.generate(seed * 1_000_003L + d));
            var step = comparison.inPhase(Phase.WARM).stream()
                    .filter(m -> m.metric().equals(SyntheticRuns.SHIFTED_STEP))
                    .findFirst()
                    .orElseThrow();
            if (step.difference().verdict() == Verdict.VPC_SLOWER) detected++;
        }
        double power = (double) detected / datasets;
        System.out.printf(
                Locale.ROOT,
                "power, %d invocations each, +%.1f ms on %s: detected in %.1f %%%n",
                design.invocations(),
                design.vpcShiftMs(),
                SyntheticRuns.SHIFTED_STEP,
                power * 100);
        return power;
    }

    private static double[] pooledCalls(List<InvocationRecord> records, Variant variant, String stepId) {
        var all = new ArrayList<Double>();
        records.stream()
                .filter(r -> r.variant() == variant)
                .flatMap(r -> r.result().steps().stream())
                .filter(s -> s.step().id().equals(stepId))
                .forEach(s -> all.addAll(s.samplesMs()));
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The method the report used before: calls resampled as if independent, percentile interval of Δ median. */
    private static double[] perCallBootstrap(double[] vpc, double[] pub, int resamples, SplittableRandom random) {
        double[] diffs = new double[resamples];
        double[] a = new double[vpc.length];
        double[] b = new double[pub.length];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < a.length; i++) a[i] = vpc[random.nextInt(vpc.length)];
            for (int i = 0; i < b.length; i++) b[i] = pub[random.nextInt(pub.length)];
            diffs[r] = median(a) - median(b);
        }
        Arrays.sort(diffs);
        return new double[] {diffs[(int) (0.025 * resamples)], diffs[(int) (0.975 * resamples) - 1]};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
