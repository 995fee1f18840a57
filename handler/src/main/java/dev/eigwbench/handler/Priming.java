package dev.eigwbench.handler;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.request.BenchmarkRequest;
import dev.eigwbench.handler.output.Json;
import dev.eigwbench.handler.run.LatencyStatistics;
import dev.eigwbench.handler.steps.BenchmarkStep;
import dev.eigwbench.handler.steps.RunScope;
import dev.eigwbench.handler.steps.SuccessAnswer;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.crac.Context;
import org.crac.Resource;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * SnapStart priming: before the snapshot, every step makes its own priming call ({@link BenchmarkStep#prime}) {@link
 * #ROUNDS} times, so class loading, endpoint rules, signing, marshalling and the connections are in the snapshot
 * and already compiled by the JIT. Nothing is left behind: each step's priming write is refused by the service on
 * purpose and its reads touch a partition and prefix no run uses ({@link RunScope#priming}).
 *
 * <p>A refused write never runs the success side (the response model, its parsing, the step's bookkeeping), and an
 * empty read never parses items, so each round also rehearses every step's real {@link BenchmarkStep#call} in
 * memory: the same SDK clients, configured the same, over a {@link RehearsalHttpClient} that answers with the
 * step's {@link BenchmarkStep#successAnswer}. No packet leaves for those. A new step is primed by being a step.
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
     * After the rounds, priming goes on rehearsing in memory until the JIT has compiled nothing new for {@link
     * #COMPILER_QUIET} and {@link #QUIET_ROUNDS} rounds (at most {@link #COMPILER_WAIT}). Waiting idle is not enough,
     * as the JIT's own log showed: C1 drops a queued method that has not run for 50 ms (TieredCompileTaskTimeout),
     * raises its thresholds while its queue is long, and looks at a method's count again only every 128 calls, so
     * once-per-call methods were left for the first invocation to compile. Kept busy, each of them reaches its next
     * look with the queue empty. In memory, so it costs no call to a service.
     */
    static final Duration COMPILER_QUIET = Duration.ofMillis(200);

    static final int QUIET_ROUNDS = 130;

    static final Duration COMPILER_WAIT = Duration.ofSeconds(5);

    private static final String REHEARSAL_EVENT = "{\"iterations\":" + BenchmarkRequest.DEFAULT_ITERATIONS + "}";

    /** As many latencies as a default run's step has, in no order, so sorting them does a real sort's work. */
    private static final List<Double> REHEARSAL_SAMPLES = IntStream.range(0, BenchmarkRequest.DEFAULT_ITERATIONS)
            .mapToObj(i -> (i * 37 % 101) / 10.0)
            .toList();

    private final HandlerSettings settings;
    private final ServiceClients clients;
    private final Function<SdkHttpClient, ServiceClients> clientsOverTransport;
    private final PrintStream log;
    private final AtomicBoolean restored = new AtomicBoolean();

    /**
     * @param clients the function's clients, for the side-effect-free calls
     * @param clientsOverTransport the same clients over another transport, for the in-memory rehearsal
     */
    Priming(
            HandlerSettings settings,
            ServiceClients clients,
            Function<SdkHttpClient, ServiceClients> clientsOverTransport,
            PrintStream log) {
        this.settings = settings;
        this.clients = clients;
        this.clientsOverTransport = clientsOverTransport;
        this.log = log;
    }

    /** When the function's settings are broken: nothing to prime. */
    static Priming none(PrintStream log) {
        return new Priming(null, null, null, log);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        Result result = prime();
        var line = new LinkedHashMap<String, Object>();
        line.put("event", "priming");
        line.put("rounds", result.rounds());
        line.put("ms", result.millis());
        line.put("outcomes", result.outcomes());
        line.put("rehearsed", result.rehearsed());
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
     * @param rehearsed what each in-memory rehearsal of a successful call did the first time ("ok" expected)
     */
    public record Result(int rounds, long millis, List<String> outcomes, List<String> rehearsed) {
        public Result {
            outcomes = List.copyOf(outcomes);
            rehearsed = List.copyOf(rehearsed);
        }
    }

    public Result prime() {
        return prime(ROUNDS, BUDGET);
    }

    /**
     * Runs every step's priming call and its in-memory rehearsal {@code rounds} times, stopping early once {@code
     * budget} has passed, then rehearses until the JIT is quiet (at most {@link #COMPILER_WAIT} more).
     */
    Result prime(int rounds, Duration budget) {
        long start = System.nanoTime();
        if (settings == null || clients == null || budget.isZero()) {
            return new Result(0, 0, List.of(), List.of());
        }
        List<String> outcomes = List.of();
        List<String> rehearsed = List.of();
        int done = 0;
        try (var transport = new RehearsalHttpClient();
                ServiceClients inMemory = clientsOverTransport.apply(transport)) {
            List<BenchmarkStep> steps = steps(clients);
            List<Rehearsal> rehearsals = rehearsals(steps(inMemory));
            while (done < rounds && !spent(start, budget)) {
                var round = new ArrayList<String>();
                for (BenchmarkStep step : steps) {
                    attempt(round, step.step().id(), step::prime);
                }
                List<String> roundRehearsed = rehearse(rehearsals, transport);
                if (done == 0) {
                    outcomes = round;
                    rehearsed = roundRehearsed;
                }
                done++;
            }
            if (done > 0) {
                awaitQuietCompiler(COMPILER_QUIET, QUIET_ROUNDS, COMPILER_WAIT, () -> rehearse(rehearsals, transport));
            }
        }
        return new Result(done, (System.nanoTime() - start) / 1_000_000, outcomes, rehearsed);
    }

    private static boolean spent(long startNanos, Duration budget) {
        return System.nanoTime() - startNanos >= budget.toNanos();
    }

    /** Every step's successful call once, in memory, and the reporting path; returns what each did. */
    private static List<String> rehearse(List<Rehearsal> rehearsals, RehearsalHttpClient transport) {
        var outcomes = new ArrayList<String>();
        for (Rehearsal rehearsal : rehearsals) {
            transport.answerWith(rehearsal.answer());
            attempt(
                    outcomes,
                    rehearsal.step().step().id(),
                    () -> rehearsal.step().call(0));
        }
        // The invocation's own path around the calls: reading an event, statistics over a default run's samples, and
        // JSON. Reading an event also loads the duplicate-key detector; loaded first by the first invocation, it made
        // the JIT throw away its compiled JSON parsing there ("made not entrant" in its log) and compile it again.
        Json.readObject(REHEARSAL_EVENT);
        Json.write(LatencyStatistics.of(REHEARSAL_SAMPLES));
        return outcomes;
    }

    /** A step over the in-memory transport and the answer it replays. */
    private record Rehearsal(BenchmarkStep step, SuccessAnswer answer) {}

    private static List<Rehearsal> rehearsals(List<BenchmarkStep> inMemorySteps) {
        var rehearsals = new ArrayList<Rehearsal>();
        for (BenchmarkStep step : inMemorySteps) {
            Optional<SuccessAnswer> answer = step.successAnswer();
            answer.ifPresent(a -> rehearsals.add(new Rehearsal(step, a)));
        }
        return rehearsals;
    }

    /**
     * Runs {@code round} until the JIT's total compilation time has not grown for {@code quiet} and {@code
     * quietRounds} rounds, or until {@code atMost} has passed.
     */
    static void awaitQuietCompiler(Duration quiet, int quietRounds, Duration atMost, Runnable round) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + atMost.toNanos();
        long last = jit.getTotalCompilationTime();
        long quietSince = System.nanoTime();
        int roundsSince = 0;
        while (System.nanoTime() < deadline
                && (System.nanoTime() - quietSince < quiet.toNanos() || roundsSince < quietRounds)) {
            round.run();
            roundsSince++;
            long now = jit.getTotalCompilationTime();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
                roundsSince = 0;
            }
        }
    }

    /** Every step over {@code over}'s clients, in the priming scope (what no run writes). */
    private List<BenchmarkStep> steps(ServiceClients over) {
        RunScope scope = RunScope.priming();
        return Arrays.stream(Step.values())
                .map(step -> StepFactory.create(step, settings, over, scope, settings.fetchUrl()))
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
