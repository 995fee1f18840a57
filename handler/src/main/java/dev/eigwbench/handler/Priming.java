package dev.eigwbench.handler;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.model.LatencyStats;
import dev.eigwbench.handler.output.Json;
import dev.eigwbench.handler.run.LatencyStatistics;
import dev.eigwbench.handler.steps.BenchmarkStep;
import dev.eigwbench.handler.steps.RunScope;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crac.Context;
import org.crac.Resource;

/**
 * SnapStart priming: before the snapshot, every step makes its own priming call ({@link BenchmarkStep#prime}) {@link
 * #ROUNDS} times, so class loading, endpoint rules, signing and marshalling are in the snapshot and already compiled
 * by the JIT. Nothing is left behind: each step's priming write is refused by the service on purpose and its reads
 * touch a partition and prefix no run uses ({@link RunScope#priming}). A new step is primed by being a step.
 */
public final class Priming implements Resource {
    /**
     * Calls per path. Most of an SDK call's code runs once per call, and C1 (the only JIT the function uses)
     * compiles a method after about 200 invocations, later while its queue is long: with one round the first
     * invocation still ran interpreted, at ~1.5x the warm per-call time. Measured with the JIT's compilation log.
     */
    static final int ROUNDS = 300;

    /**
     * Priming stops after this even with rounds to go: with SnapStart the init phase may take 130 s (or the
     * function's timeout when longer), and real endpoints answer slower than the emulators' ~2 ms.
     */
    static final Duration BUDGET = Duration.ofSeconds(40);

    /**
     * After the rounds, priming waits until the JIT has compiled nothing new for {@link #COMPILER_QUIET} (at most
     * {@link #COMPILER_WAIT}): on a busy CPU its queue lags the calls, and what is still queued would otherwise be
     * compiled during the first invocation after the restore.
     */
    static final Duration COMPILER_QUIET = Duration.ofMillis(200);

    static final Duration COMPILER_WAIT = Duration.ofSeconds(5);

    private final HandlerSettings settings;
    private final ServiceClients clients;
    private final PrintStream log;
    private final AtomicBoolean restored = new AtomicBoolean();

    /** {@code settings} and {@code clients} are null when the function's settings are broken: nothing to prime. */
    Priming(HandlerSettings settings, ServiceClients clients, PrintStream log) {
        this.settings = settings;
        this.clients = clients;
        this.log = log;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        Result result = prime();
        var line = new LinkedHashMap<String, Object>();
        line.put("event", "priming");
        line.put("rounds", result.rounds());
        line.put("ms", result.millis());
        line.put("outcomes", result.outcomes());
        log.println(Json.write(line));
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        restored.set(true);
    }

    boolean restored() {
        return restored.get();
    }

    /**
     * What priming did.
     *
     * @param rounds how many times every path ran
     * @param millis how long it took
     * @param outcomes what each path's first attempt did ("ok" or the exception class)
     */
    public record Result(int rounds, long millis, List<String> outcomes) {
        public Result {
            outcomes = List.copyOf(outcomes);
        }
    }

    public Result prime() {
        return prime(ROUNDS, BUDGET);
    }

    /** Runs every call path {@code rounds} times, stopping early once {@code budget} has passed. */
    Result prime(int rounds, Duration budget) {
        long start = System.nanoTime();
        List<BenchmarkStep> steps = steps();
        List<String> outcomes = List.of();
        int done = 0;
        while (done < rounds && System.nanoTime() - start < budget.toNanos()) {
            List<String> round = primeOnce(steps);
            if (round.isEmpty()) {
                break;
            }
            if (done == 0) {
                outcomes = round;
            }
            done++;
        }
        if (done > 0) {
            awaitQuietCompiler(COMPILER_QUIET, COMPILER_WAIT);
        }
        return new Result(done, (System.nanoTime() - start) / 1_000_000, outcomes);
    }

    /** Returns once the JIT's total compilation time has not grown for {@code quiet}, or after {@code atMost}. */
    static void awaitQuietCompiler(Duration quiet, Duration atMost) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + atMost.toNanos();
        long last = jit.getTotalCompilationTime();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < quiet.toNanos()) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = jit.getTotalCompilationTime();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
    }

    /** Runs every step's priming call once; returns what each attempt did, or nothing when there are no clients. */
    private List<String> primeOnce(List<BenchmarkStep> steps) {
        var outcomes = new ArrayList<String>();
        for (BenchmarkStep step : steps) {
            attempt(outcomes, step.step().id(), step::prime);
        }
        // The reporting path too: statistics and JSON.
        LatencyStats stats = LatencyStatistics.of(List.of(1.0, 2.0, 3.0));
        Json.write(stats);
        return outcomes;
    }

    /** Every step, in the priming scope (what no run writes), or none when settings or clients failed. */
    private List<BenchmarkStep> steps() {
        if (settings == null || clients == null) {
            return List.of();
        }
        RunScope scope = RunScope.priming();
        return Arrays.stream(Step.values())
                .map(step -> StepFactory.create(step, settings, clients, scope, settings.fetchUrl()))
                .toList();
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void attempt(List<String> outcomes, String name, Call call) {
        try {
            call.run();
            outcomes.add(name + ": ok");
        } catch (Exception e) {
            outcomes.add(name + ": " + e.getClass().getSimpleName());
        }
    }
}
