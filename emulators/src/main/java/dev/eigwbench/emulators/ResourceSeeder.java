package dev.eigwbench.emulators;

import dev.eigwbench.common.TableSchema;
import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Creates the table, queue and bucket the function expects, through the emulators' own APIs. */
final class ResourceSeeder {
    private ResourceSeeder() {}

    static void createTable(URI endpoint, String region, String table) {
        try (DynamoDbClient dynamo = EmulatorClients.dynamoDb(endpoint, region)) {
            dynamo.createTable(b -> b.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attribute(TableSchema.PARTITION_KEY), attribute(TableSchema.SORT_KEY))
                    .keySchema(key(TableSchema.PARTITION_KEY, KeyType.HASH), key(TableSchema.SORT_KEY, KeyType.RANGE)));
        }
    }

    static String createQueue(URI endpoint, String region, String queue) {
        try (SqsClient sqs = EmulatorClients.sqs(endpoint, region)) {
            return sqs.createQueue(b -> b.queueName(queue)).queueUrl();
        }
    }

    static void createBucket(URI endpoint, String region, String bucket) {
        try (S3Client s3 = EmulatorClients.s3(endpoint, region)) {
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(ScalarAttributeType.S)
                .build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
