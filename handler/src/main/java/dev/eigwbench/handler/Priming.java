package dev.eigwbench.handler;

import dev.eigwbench.common.TableSchema;
import dev.eigwbench.common.model.LatencyStats;
import dev.eigwbench.handler.output.Json;
import dev.eigwbench.handler.run.LatencyStatistics;
import dev.eigwbench.handler.steps.HttpGetStep;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crac.Context;
import org.crac.Resource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * SnapStart priming: before the snapshot, every client makes each kind of call the benchmark makes, {@link #ROUNDS}
 * times, so class loading, endpoint rules, signing and marshalling are in the snapshot and already compiled by the
 * JIT. Nothing is left behind: writes are made to fail on purpose (a conditional put on an absent item, a send to a
 * queue that does not exist, an upload with a wrong Content-MD5) and reads touch a partition and prefix no run uses.
 */
public final class Priming implements Resource {
    static final String PARTITION = "priming#never-written";
    static final String PREFIX = "priming/never-written/";
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

    /** MD5 of nothing: never the digest of the body sent, so S3 refuses the upload (BadDigest). */
    private static final String WRONG_MD5 = "1B2M2Y8AsgTpgAmY7PhCfg==";

    private final ExecutionEnvironment environment;
    private final AtomicBoolean restored = new AtomicBoolean();

    Priming(ExecutionEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        Result result = prime();
        var line = new LinkedHashMap<String, Object>();
        line.put("event", "priming");
        line.put("rounds", result.rounds());
        line.put("ms", result.millis());
        line.put("outcomes", result.outcomes());
        environment.log().println(Json.write(line));
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
        List<String> outcomes = List.of();
        int done = 0;
        while (done < rounds && System.nanoTime() - start < budget.toNanos()) {
            List<String> round = primeOnce();
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

    /** Runs every call path once; returns what each attempt did, or nothing when there are no clients. */
    private List<String> primeOnce() {
        HandlerSettings settings = environment.settings();
        ServiceClients clients = environment.clients();
        var outcomes = new ArrayList<String>();
        if (settings == null || clients == null) {
            return outcomes;
        }
        String id = UUID.randomUUID().toString();
        attempt(
                outcomes,
                "dynamodb-put",
                () -> clients.dynamoDb()
                        .putItem(b -> b.tableName(settings.tableName())
                                .item(Map.of(
                                        TableSchema.PARTITION_KEY, AttributeValue.fromS(PARTITION),
                                        TableSchema.SORT_KEY, AttributeValue.fromS(id)))
                                .conditionExpression("attribute_exists(" + TableSchema.PARTITION_KEY + ")")));
        attempt(
                outcomes,
                "dynamodb-query",
                () -> clients.dynamoDb()
                        .query(b -> b.tableName(settings.tableName())
                                .keyConditionExpression("#pk = :pk")
                                .expressionAttributeNames(Map.of("#pk", TableSchema.PARTITION_KEY))
                                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(PARTITION)))));
        attempt(
                outcomes,
                "sqs-send",
                () -> clients.sqs()
                        .sendMessage(b -> b.queueUrl(settings.queueUrl() + "-priming-does-not-exist")
                                .messageBody("priming")));
        attempt(
                outcomes,
                "s3-put",
                () -> clients.s3()
                        .putObject(
                                b -> b.bucket(settings.bucketName())
                                        .key(PREFIX + id)
                                        .contentMD5(WRONG_MD5),
                                RequestBody.fromString("priming")));
        attempt(
                outcomes,
                "s3-list",
                () -> clients.s3()
                        .listObjectsV2(b ->
                                b.bucket(settings.bucketName()).prefix(PREFIX).maxKeys(1)));
        // The step itself, so priming is bounded like a benchmark call.
        attempt(
                outcomes,
                "http-get",
                () -> new HttpGetStep(
                                clients.httpGet(),
                                settings.fetchUrl(),
                                settings.timeouts().apiCall(),
                                clients.abortTimer())
                        .call(0));
        // The reporting path too: statistics and JSON.
        LatencyStats stats = LatencyStatistics.of(List.of(1.0, 2.0, 3.0));
        Json.write(stats);
        return outcomes;
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
