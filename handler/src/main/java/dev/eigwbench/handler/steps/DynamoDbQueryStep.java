package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.TableSchema;
import dev.eigwbench.common.model.StepCheck;
import dev.eigwbench.common.request.BenchmarkRequest;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Query the run's partition (as the seed does) and check every item written in this run is read back. */
public final class DynamoDbQueryStep implements BenchmarkStep {
    private final DynamoDbClient client;
    private final String table;
    private final RunScope scope;
    private final URI target;
    private final AtomicInteger lastCount = new AtomicInteger(-1);

    public DynamoDbQueryStep(DynamoDbClient client, String table, RunScope scope, URI target) {
        this.client = client;
        this.table = table;
        this.scope = scope;
        this.target = target;
    }

    @Override
    public Step step() {
        return Step.DYNAMODB_QUERY;
    }

    @Override
    public URI target() {
        return target;
    }

    @Override
    public void call(int index) {
        int count = 0;
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = client.query(b -> b.tableName(table)
                    .keyConditionExpression("#pk = :pk")
                    .expressionAttributeNames(Map.of("#pk", TableSchema.PARTITION_KEY))
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(scope.partitionKey())))
                    .exclusiveStartKey(from));
            count += page.count();
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        lastCount.set(count);
    }

    /** A read: in the priming scope it reads what no run writes. */
    @Override
    public void prime() {
        call(0);
    }

    /** One page holding a default run's items, as every query of a default run reads them. */
    @Override
    public Optional<SuccessAnswer> successAnswer() {
        var items = new StringBuilder();
        for (int i = 0; i < BenchmarkRequest.DEFAULT_ITERATIONS; i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"")
                    .append(TableSchema.PARTITION_KEY)
                    .append("\":{\"S\":\"")
                    .append(scope.partitionKey())
                    .append("\"},\"")
                    .append(TableSchema.SORT_KEY)
                    .append("\":{\"S\":\"")
                    .append(RunScope.sortKey(i))
                    .append("\"},\"")
                    .append(TableSchema.TTL_ATTRIBUTE)
                    .append("\":{\"N\":\"1767225600\"}}");
        }
        int count = BenchmarkRequest.DEFAULT_ITERATIONS;
        return Optional.of(SuccessAnswer.dynamoDbJson(
                "{\"Count\":" + count + ",\"Items\":[" + items + "],\"ScannedCount\":" + count + "}"));
    }

    @Override
    public StepCheck check(int succeeded) {
        int written = scope.itemsWritten().get();
        int read = lastCount.get();
        if (read < 0) {
            return new StepCheck("items-read-back", written, 0, false, "no query succeeded: nothing was read back");
        }
        boolean passed = read == written;
        String message = passed
                ? read + " items written, " + read + " read back"
                : (written - read) + " writes lost: " + written + " written, " + read + " read back";
        return new StepCheck("items-read-back", written, read, passed, message);
    }
}
