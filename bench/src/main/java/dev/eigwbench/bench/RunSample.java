package dev.eigwbench.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One fresh JVM's figures.
 *
 * @param readyMs process start to handler (or clients) constructed
 * @param firstDoneMs process start to the first invocation (one call per step) done
 * @param peakRssKb VmHWM after the N-call invocation
 * @param steps per step: the cold first call and the steady state of the N-call invocation
 */
public record RunSample(double readyMs, double firstDoneMs, long peakRssKb, List<StepSample> steps) {
    public RunSample {
        steps = List.copyOf(steps);
    }

    /**
     * @param firstCallMs the step's only call in the cold invocation: class loading, connection set-up
     * @param p50Ms steady state: calls 2..N of the warm invocation
     * @param errors failed calls in both invocations
     */
    public record StepSample(String step, double firstCallMs, double p50Ms, double p99Ms, int errors, String error) {}

    /** Combines the cold and warm payloads' calls; the steady state skips each step's first warm call. */
    public static List<StepSample> steps(List<ChildOutput.StepCalls> cold, List<ChildOutput.StepCalls> warm) {
        var out = new ArrayList<StepSample>();
        for (ChildOutput.StepCalls w : warm) {
            var c = cold.stream().filter(s -> s.step().equals(w.step())).findFirst();
            double first = c.filter(s -> !s.samplesMs().isEmpty())
                    .map(s -> s.samplesMs().get(0))
                    .orElse(Double.NaN);
            List<Double> steady = w.samplesMs().size() > 1
                    ? w.samplesMs().subList(1, w.samplesMs().size())
                    : w.samplesMs();
            int errors = w.errors() + c.map(ChildOutput.StepCalls::errors).orElse(0);
            String error = w.firstError() != null
                    ? w.firstError()
                    : c.map(ChildOutput.StepCalls::firstError).orElse(null);
            out.add(new StepSample(
                    w.step(),
                    first,
                    steady.isEmpty() ? Double.NaN : Stats.percentile(steady, 50),
                    steady.isEmpty() ? Double.NaN : Stats.percentile(steady, 99),
                    errors,
                    error));
        }
        return out;
    }
}
