package dev.eigwbench.client.invoke;

import dev.eigwbench.client.stack.FunctionTarget;
import dev.eigwbench.client.stack.FunctionTargets;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.request.BenchmarkRequest;
import dev.eigwbench.report.InvocationRecord;
import dev.eigwbench.report.LambdaReport;
import dev.eigwbench.report.ResultReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs the plan: forced cold starts first, then warm invocations, each in ABBA order (VPC, public, public, VPC, …)
 * so that drift over time (a noisy neighbour, a slow minute in a service, a warming cache) lands on both alike:
 * plain alternation would put every VPC invocation first in its pair, ABBA cancels a linear trend exactly.
 */
public final class CompareRunner {
    private final LambdaInvoker invoker;
    private final ColdStartForcer coldStarts;
    private final Consumer<String> progress;

    /**
     * @param invocations warm invocations per variant
     * @param coldStarts forced cold starts per variant
     * @param concurrency warm invocations in flight at once (1: strictly sequential)
     */
    public record Plan(int invocations, int coldStarts, int concurrency, BenchmarkRequest event) {
        public Plan {
            if (invocations < 0) throw new IllegalArgumentException("--invocations must be >= 0, got " + invocations);
            if (coldStarts < 0) throw new IllegalArgumentException("--cold-starts must be >= 0, got " + coldStarts);
            if (invocations + coldStarts < 1) {
                throw new IllegalArgumentException("--invocations plus --cold-starts must be at least 1");
            }
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("--concurrency must be between 1 and 64, got " + concurrency);
            }
            if (event == null) throw new IllegalArgumentException("event is required");
        }
    }

    /** The runs plus which version each variant executed (from X-Amz-Executed-Version). */
    public record Outcome(List<InvocationRecord> records, Map<Variant, String> executedVersions) {}

    public CompareRunner(LambdaInvoker invoker, ColdStartForcer coldStarts, Consumer<String> progress) {
        this.invoker = invoker;
        this.coldStarts = coldStarts;
        this.progress = progress;
    }

    public Outcome run(FunctionTargets targets, Plan plan) {
        var records = Collections.synchronizedList(new ArrayList<InvocationRecord>());
        var versions = Collections.synchronizedMap(new EnumMap<Variant, String>(Variant.class));
        var sequences = new EnumMap<Variant, AtomicInteger>(Variant.class);
        for (Variant v : Variant.values()) sequences.put(v, new AtomicInteger());
        int total = (plan.invocations() + plan.coldStarts()) * Variant.values().length;
        var done = new AtomicInteger();

        for (int c = 0; c < plan.coldStarts(); c++) {
            for (Variant variant : abba(c)) {
                FunctionTarget target = targets.of(variant);
                String label = String.format(Locale.ROOT, "%-6s cold %d/%d", variant.id(), c + 1, plan.coldStarts());
                coldStarts.force(target, line -> progress.accept("[" + label + "] " + line));
                records.add(invokeOnce(
                        target, sequences.get(variant).getAndIncrement(), true, plan, versions, label, done, total));
            }
        }
        var tasks = new ArrayList<Runnable>();
        for (int i = 0; i < plan.invocations(); i++) {
            for (Variant variant : abba(i)) {
                int n = i;
                tasks.add(() -> {
                    String label =
                            String.format(Locale.ROOT, "%-6s warm %d/%d", variant.id(), n + 1, plan.invocations());
                    records.add(invokeOnce(
                            targets.of(variant),
                            sequences.get(variant).getAndIncrement(),
                            false,
                            plan,
                            versions,
                            label,
                            done,
                            total));
                });
            }
        }
        runAll(tasks, plan.concurrency());
        var sorted = new ArrayList<>(records);
        sorted.sort((a, b) -> a.variant() != b.variant()
                ? a.variant().compareTo(b.variant())
                : Integer.compare(a.sequence(), b.sequence()));
        return new Outcome(sorted, Map.copyOf(versions));
    }

    /** The variants' order in the {@code pair}-th pair: VPC first in even pairs, public first in odd ones. */
    public static List<Variant> abba(int pair) {
        return pair % 2 == 0 ? List.of(Variant.VPC, Variant.PUBLIC) : List.of(Variant.PUBLIC, Variant.VPC);
    }

    private static void runAll(List<Runnable> tasks, int concurrency) {
        if (concurrency == 1) {
            tasks.forEach(Runnable::run);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            var futures = new ArrayList<Future<?>>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    futures.forEach(other -> other.cancel(true));
                    if (e.getCause() instanceof RuntimeException r) throw r;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while invoking", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private InvocationRecord invokeOnce(
            FunctionTarget target,
            int sequence,
            boolean forcedCold,
            Plan plan,
            Map<Variant, String> versions,
            String label,
            AtomicInteger done,
            int total) {
        InvocationOutcome outcome = invoker.invoke(target, plan.event());
        if (outcome.executedVersion() != null) versions.put(target.variant(), outcome.executedVersion());
        InvocationRecord record = toRecord(target.variant(), sequence, forcedCold, outcome);
        rejectInvalidEvent(record);
        progress.accept(String.format(
                Locale.ROOT, "[%s] %d/%d %s", label, done.incrementAndGet(), total, describe(record, outcome)));
        return record;
    }

    /** A rejected event would be rejected by every invocation: stop at the first, naming the option to fix. */
    private static void rejectInvalidEvent(InvocationRecord record) {
        BenchmarkResult result = record.result();
        if (result == null || result.status() != RunStatus.INVALID_INPUT) return;
        var error = result.error();
        String field = error == null || error.field() == null ? "event" : error.field();
        throw new IllegalArgumentException("the " + record.variant().id() + " function rejected the event: " + field
                + " " + (error == null ? "is invalid" : error.message()) + " (set it with --" + field + ")");
    }

    /** Builds the record; cold or warm is what the REPORT line (or the handler) observed, not what was intended. */
    static InvocationRecord toRecord(Variant variant, int sequence, boolean forcedCold, InvocationOutcome outcome) {
        LambdaReport report = ReportLineParser.parse(outcome.logTail()).orElse(null);
        BenchmarkResult result = ResultReader.result(outcome.payload());
        String error = null;
        if (outcome.functionError() != null) {
            error = ResultReader.functionError(outcome.functionError(), outcome.payload());
        } else if (result == null) {
            String payload = outcome.payload().strip();
            error = "payload is not an eigw-bench result: "
                    + (payload.length() > 200 ? payload.substring(0, 200) + "…" : payload);
        }
        boolean cold;
        if (report != null) {
            cold = report.showsColdStart();
        } else if (result != null && result.diagnostics() != null) {
            cold = result.diagnostics().coldStart();
        } else {
            cold = forcedCold;
        }
        return new InvocationRecord(variant, sequence, cold, result, report, error, InvocationRecord.SOURCE_LAMBDA);
    }

    private static String describe(InvocationRecord record, InvocationOutcome outcome) {
        var line = new StringBuilder(record.coldStart() ? "cold " : "warm ");
        if (record.lambdaReport() != null) {
            var r = record.lambdaReport();
            line.append(String.format(
                    Locale.ROOT, "duration %.0f ms, billed %.0f ms", r.durationMs(), r.billedDurationMs()));
            if (r.startupMs() != null) line.append(String.format(Locale.ROOT, ", start-up %.0f ms", r.startupMs()));
        } else {
            line.append(String.format(
                    Locale.ROOT, "round trip %.0f ms (no REPORT line in the log tail)", outcome.roundTripMs()));
        }
        if (record.failed()) line.append(" FAILED: ").append(record.failureReason());
        return line.toString();
    }
}
