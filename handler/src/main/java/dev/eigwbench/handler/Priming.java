package dev.eigwbench.handler;

import dev.eigwbench.common.TableSchema;
import dev.eigwbench.common.model.LatencyStats;
import dev.eigwbench.handler.output.Json;
import dev.eigwbench.handler.run.LatencyStatistics;
import dev.eigwbench.handler.steps.HttpGetStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.crac.Context;
import org.crac.Resource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * SnapStart priming: before the snapshot, every client makes each kind of call the benchmark makes, so class
 * loading, endpoint rules, signing and marshalling are in the snapshot. Nothing is left behind: writes are made
 * to fail on purpose (a conditional put on an absent item, a send to a queue that does not exist, an upload with a
 * wrong Content-MD5) and reads touch a partition and prefix no run uses.
 */
public final class Priming implements Resource {
    static final String PARTITION = "priming#never-written";
    static final String PREFIX = "priming/never-written/";
    /** MD5 of nothing: never the digest of the body sent, so S3 refuses the upload (BadDigest). */
    private static final String WRONG_MD5 = "1B2M2Y8AsgTpgAmY7PhCfg==";

    private final ExecutionEnvironment environment;
    private final AtomicBoolean restored = new AtomicBoolean();

    Priming(ExecutionEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        restored.set(true);
    }

    boolean restored() {
        return restored.get();
    }

    /** Runs every call path once; returns what each attempt did ("ok" or the exception class), for the log. */
    public List<String> prime() {
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
