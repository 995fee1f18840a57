package dev.eigwbench.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One subject's runs, reduced to medians with min–max spread. */
public record Summary(
        Subject subject,
        int runs,
        Stats.Spread readyMs,
        Stats.Spread primedMs,
        Stats.Spread firstDoneMs,
        Stats.Spread firstDoneCpuMs,
        Stats.Spread peakRssMb,
        Stats.Spread compiledDuringFirst,
        Map<String, StepSummary> steps,
        List<String> errors,
        List<String> lastCompiledDuringFirst) {

    /**
     * @param coldRatio per run, the first invocation's per-call mean over the warm one's; median and range of those
     */
    public record StepSummary(
            Stats.Spread firstCallMs,
            Stats.Spread firstMeanMs,
            Stats.Spread warmMeanMs,
            Stats.Spread coldRatio,
            Stats.Spread p50Ms,
            Stats.Spread p99Ms,
            int errors) {}

    public static Summary of(Subject subject, List<RunSample> runs, List<String> failures) {
        if (runs.isEmpty()) {
            return new Summary(
                    subject,
                    0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Stats.Spread.NONE,
                    Map.of(),
                    List.copyOf(failures),
                    List.of());
        }
        var steps = new LinkedHashMap<String, StepSummary>();
        var errors = new ArrayList<>(failures);
        for (RunSample.StepSample first : runs.get(0).steps()) {
            String step = first.step();
            List<RunSample.StepSample> samples = runs.stream()
                    .flatMap(r -> r.steps().stream())
                    .filter(s -> s.step().equals(step))
                    .toList();
            int stepErrors =
                    samples.stream().mapToInt(RunSample.StepSample::errors).sum();
            samples.stream()
                    .filter(s -> s.error() != null)
                    .findFirst()
                    .ifPresent(s -> errors.add(step + ": " + s.error()));
            steps.put(
                    step,
                    new StepSummary(
                            spread(samples, RunSample.StepSample::firstCallMs),
                            spread(samples, RunSample.StepSample::firstMeanMs),
                            spread(samples, RunSample.StepSample::warmMeanMs),
                            spread(samples, RunSample.StepSample::coldRatio),
                            spread(samples, RunSample.StepSample::p50Ms),
                            spread(samples, RunSample.StepSample::p99Ms),
                            stepErrors));
        }
        return new Summary(
                subject,
                runs.size(),
                spread(runs, RunSample::readyMs),
                spread(runs, RunSample::primedMs),
                spread(runs, RunSample::firstDoneMs),
                spread(runs, RunSample::firstDoneCpuMs),
                spread(runs, r -> r.peakRssKb() / 1024.0),
                spread(
                        runs,
                        r -> r.jit() == null
                                ? Double.NaN
                                : r.jit().duringFirst().size()),
                steps,
                errors,
                runs.get(runs.size() - 1).jit() == null
                        ? List.of()
                        : runs.get(runs.size() - 1).jit().duringFirst());
    }

    private static <T> Stats.Spread spread(List<T> items, Function<T, Number> value) {
        List<Double> values = items.stream()
                .map(value)
                .map(Number::doubleValue)
                .filter(v -> !v.isNaN())
                .toList();
        return values.isEmpty() ? Stats.Spread.NONE : Stats.Spread.of(values);
    }

    /** The step's median p50 across runs, or NaN when it was not measured. */
    public double p50(String step) {
        var s = steps.get(step);
        return s == null ? Double.NaN : s.p50Ms().median();
    }
}
