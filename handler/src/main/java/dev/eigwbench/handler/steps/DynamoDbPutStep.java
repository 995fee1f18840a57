package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.TableSchema;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
        client.putItem(b -> b.tableName(table).item(item(RunScope.sortKey(index))));
        scope.itemsWritten().incrementAndGet();
    }

    /** A put on the condition that the (new, random) item exists already: DynamoDB refuses it, nothing is written. */
    @Override
    public void prime() {
        client.putItem(b -> b.tableName(table)
                .item(item(UUID.randomUUID().toString()))
                .conditionExpression("attribute_exists(" + TableSchema.PARTITION_KEY + ")"));
    }

    /** PutItem's answer without ReturnValues: an empty object. */
    @Override
    public Optional<SuccessAnswer> successAnswer() {
        return Optional.of(SuccessAnswer.dynamoDbJson("{}"));
    }

    private Map<String, AttributeValue> item(String sortKey) {
        return Map.of(
                TableSchema.PARTITION_KEY, AttributeValue.fromS(scope.partitionKey()),
                TableSchema.SORT_KEY, AttributeValue.fromS(sortKey),
                TableSchema.TTL_ATTRIBUTE, AttributeValue.fromN(expiresAt()));
    }

    /** The table's TTL deletes benchmark items on its own, so repeated runs leave nothing behind. */
    private static String expiresAt() {
        return Long.toString(Instant.now().plus(TableSchema.ITEM_LIFETIME).getEpochSecond());
    }
}
