package dev.eigwbench.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One fresh JVM's figures.
 *
 * @param readyMs process start to handler (or clients) constructed
 * @param primedMs process start to the end of priming (the SnapStart stand-in), NaN when not primed
 * @param firstDoneMs process start to the end of the first invocation (N calls per step)
 * @param firstDoneCpuMs the JVM's CPU time (all threads) at that point, NaN when not reported
 * @param peakRssKb VmHWM after the second (warm) invocation
 * @param steps per step: the first invocation's calls against the warm invocation's
 * @param jit what the JIT compiled before, during and after the first invocation; null when not logged
 */
public record RunSample(
        double readyMs,
        double primedMs,
        double firstDoneMs,
        double firstDoneCpuMs,
        long peakRssKb,
        List<StepSample> steps,
        JitLog.Split jit) {
    public RunSample {
        steps = List.copyOf(steps);
    }

    /**
     * @param firstCallMs the first invocation's first call: class loading, connection set-up
     * @param firstMeanMs the first invocation's per-call mean (all N calls, as a cold caller pays them)
     * @param warmMeanMs the warm invocation's per-call mean (all N calls)
     * @param p50Ms steady state: calls 2..N of the warm invocation
     * @param errors failed calls in both invocations
     */
    public record StepSample(
            String step,
            double firstCallMs,
            double firstMeanMs,
            double warmMeanMs,
            double p50Ms,
            double p99Ms,
            int errors,
            String error) {

        /** How much slower the first invocation's calls were than the warm ones (1.0 = as warm). */
        public double coldRatio() {
            return firstMeanMs / warmMeanMs;
        }
    }

    /** Combines the first and warm payloads' calls; the steady state skips each step's first warm call. */
    public static List<StepSample> steps(List<ChildOutput.StepCalls> first, List<ChildOutput.StepCalls> warm) {
        var out = new ArrayList<StepSample>();
        for (ChildOutput.StepCalls w : warm) {
            var c = first.stream().filter(s -> s.step().equals(w.step())).findFirst();
            List<Double> firstSamples = c.map(ChildOutput.StepCalls::samplesMs).orElse(List.of());
            List<Double> steady = w.samplesMs().size() > 1
                    ? w.samplesMs().subList(1, w.samplesMs().size())
                    : w.samplesMs();
            int errors = w.errors() + c.map(ChildOutput.StepCalls::errors).orElse(0);
            String error = w.firstError() != null
                    ? w.firstError()
                    : c.map(ChildOutput.StepCalls::firstError).orElse(null);
            out.add(new StepSample(
                    w.step(),
                    firstSamples.isEmpty() ? Double.NaN : firstSamples.get(0),
                    mean(firstSamples),
                    mean(w.samplesMs()),
                    steady.isEmpty() ? Double.NaN : Stats.percentile(steady, 50),
                    steady.isEmpty() ? Double.NaN : Stats.percentile(steady, 99),
                    errors,
                    error));
        }
        return out;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
