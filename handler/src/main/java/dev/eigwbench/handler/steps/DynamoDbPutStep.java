package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.TableSchema;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** PutItem into the run's partition, one unique sort key per call. */
public record DynamoDbPutStep(DynamoDbClient client, String table, RunScope scope, URI target)
        implements BenchmarkStep {

    @Override
    public Step step() {
        return Step.DYNAMODB_PUT;
    }

    @Override
    public void call(int index) {
        client.putItem(b -> b.tableName(table)
                .item(Map.of(
                        TableSchema.PARTITION_KEY, AttributeValue.fromS(scope.partitionKey()),
                        TableSchema.SORT_KEY, AttributeValue.fromS(RunScope.sortKey(index)),
                        TableSchema.TTL_ATTRIBUTE, AttributeValue.fromN(expiresAt()))));
        scope.itemsWritten().incrementAndGet();
    }

    /** The table's TTL deletes benchmark items on its own, so repeated runs leave nothing behind. */
    private static String expiresAt() {
        return Long.toString(Instant.now().plus(TableSchema.ITEM_LIFETIME).getEpochSecond());
    }
}
