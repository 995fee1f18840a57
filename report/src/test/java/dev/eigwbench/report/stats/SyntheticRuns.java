package dev.eigwbench.report.stats;

import dev.eigwbench.common.Variant;
import dev.eigwbench.report.Fixtures;
import dev.eigwbench.report.InvocationRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Warm runs shaped like real ones where calls are not independent: each invocation draws its own offset (heavy
 * tailed: Student t with 3 degrees of freedom), calls within it follow an AR(1) process (one slow call makes the
 * next slow), GC-like pauses hit a few calls, and a slow drift runs through the whole session. Variants run in
 * ABBA order, as the client runs them.
 *
 * @param invocations warm invocations per variant
 * @param calls calls per step in each invocation
 * @param invocationSd scale of the per-invocation offset, as a fraction of the step's base time
 * @param vpcShiftMs added to every VPC call of {@link #SHIFTED_STEP} (0 for an A/A dataset)
 */
record SyntheticRuns(int invocations, int calls, double invocationSd, double vpcShiftMs) {
    /** Step ids with their base per-call time in ms: fast, medium and slow calls. */
    static final List<String> STEPS = List.of("dynamodb-put", "sqs-send", "s3-list");

    static final double[] BASE_MS = {3, 12, 40};
    static final String SHIFTED_STEP = "sqs-send";

    List<InvocationRecord> generate(long seed) {
        var random = new SplittableRandom(seed);
        var records = new ArrayList<InvocationRecord>();
        int[] sequence = new int[Variant.values().length];
        int slot = 0;
        int total = 2 * invocations;
        for (int pair = 0; pair < invocations; pair++) {
            List<Variant> order =
                    pair % 2 == 0 ? List.of(Variant.VPC, Variant.PUBLIC) : List.of(Variant.PUBLIC, Variant.VPC);
            for (Variant variant : order) {
                double drift = 0.15 * slot++ / total; // up to +15 % by the end of the session
                var steps = new ArrayList<dev.eigwbench.common.model.StepResult>();
                for (int s = 0; s < STEPS.size(); s++) {
                    double base = BASE_MS[s] * (1 + drift);
                    double offset = base * invocationSd * studentT3(random);
                    double shift = variant == Variant.VPC && STEPS.get(s).equals(SHIFTED_STEP) ? vpcShiftMs : 0;
                    steps.add(Fixtures.step(
                            STEPS.get(s), calls(random, Math.max(0.2 * base, base + offset) + shift), "IPv4"));
                }
                records.add(new InvocationRecord(
                        variant,
                        sequence[variant.ordinal()]++,
                        false,
                        Fixtures.result(variant, steps),
                        null,
                        InvocationRecord.SOURCE_LAB));
            }
        }
        return records;
    }

    /** The first call pays a heavy-tailed connection set-up; the rest are AR(1) around the level, plus pauses. */
    private List<Double> calls(SplittableRandom random, double level) {
        var out = new ArrayList<Double>();
        out.add(level + 5 + 10 * Math.abs(studentT3(random)));
        double noise = 0;
        for (int i = 1; i < calls; i++) {
            noise = 0.7 * noise + 0.08 * level * gaussian(random);
            double pause = random.nextDouble() < 0.02 ? -20 * Math.log(random.nextDouble()) : 0;
            out.add(Math.max(0.05, level + noise + pause));
        }
        return out;
    }

    private static double studentT3(SplittableRandom random) {
        double chi2 = 0;
        for (int i = 0; i < 3; i++) {
            double z = gaussian(random);
            chi2 += z * z;
        }
        return gaussian(random) / Math.sqrt(chi2 / 3) / Math.sqrt(3); // unit variance
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
