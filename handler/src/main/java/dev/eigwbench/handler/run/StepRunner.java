package dev.eigwbench.handler.run;

import dev.eigwbench.common.model.NetworkPath;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.handler.steps.BenchmarkStep;
import java.util.ArrayList;
import java.util.function.BiFunction;

/**
 * Times a step's calls one after another, the way the seed does. A failed call is counted and grouped, and the
 * step goes on; after {@link #MAX_CONSECUTIVE_FAILURES} failures in a row the step gives up (a dead or
 * black-holed service would otherwise spend the whole budget on timeouts) and the other steps still run.
 */
public final class StepRunner {
    public static final int MAX_CONSECUTIVE_FAILURES = 5;

    private final TimeBudget budget;
    private final BiFunction<BenchmarkStep, Boolean, NetworkPath> paths;

    /** @param paths a step's network path, given whether any of its calls succeeded */
    public StepRunner(TimeBudget budget, BiFunction<BenchmarkStep, Boolean, NetworkPath> paths) {
        this.budget = budget;
        this.paths = paths;
    }

    /** How a step ended. */
    public enum Ending {
        ALL_CALLS,
        OUT_OF_TIME,
        GAVE_UP
    }

    /** @param successfulMs latencies of the calls that succeeded, for metrics */
    public record Outcome(StepResult result, Ending ending, java.util.List<Double> successfulMs) {}

    public Outcome run(BenchmarkStep step, int iterations) {
        var samples = new ArrayList<Double>(iterations);
        var succeeded = new ArrayList<Double>(iterations);
        var steady = new ArrayList<Double>(iterations);
        var errors = new ErrorGroups();
        int failuresInARow = 0;
        Ending ending = Ending.ALL_CALLS;
        long stepStart = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            if (!budget.allowsAnotherCall()) {
                ending = Ending.OUT_OF_TIME;
                break;
            }
            if (failuresInARow >= MAX_CONSECUTIVE_FAILURES) {
                ending = Ending.GAVE_UP;
                break;
            }
            long start = System.nanoTime();
            boolean ok;
            try {
                step.call(i);
                ok = true;
            } catch (Exception e) {
                errors.add(e);
                ok = false;
            }
            double ms = (System.nanoTime() - start) / 1e6;
            samples.add(LatencyStatistics.round(ms));
            if (ok) {
                succeeded.add(ms);
                if (i > 0) {
                    steady.add(ms);
                }
                failuresInARow = 0;
            } else {
                failuresInARow++;
            }
        }
        double totalMs = (System.nanoTime() - stepStart) / 1e6;
        int calls = samples.size();
        var result = new StepResult(
                step.step(),
                calls,
                calls - succeeded.size(),
                errors.toList(),
                LatencyStatistics.round(totalMs),
                calls == 0 ? 0 : samples.get(0),
                LatencyStatistics.of(succeeded),
                LatencyStatistics.of(steady),
                samples,
                paths.apply(step, !succeeded.isEmpty()),
                ending == Ending.ALL_CALLS,
                step.check(succeeded.size()));
        return new Outcome(
                result, ending, succeeded.stream().map(LatencyStatistics::round).toList());
    }
}
