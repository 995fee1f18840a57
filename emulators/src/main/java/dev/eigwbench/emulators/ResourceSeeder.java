package dev.eigwbench.emulators;

import dev.eigwbench.common.TableSchema;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
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
    /** Emulators accept any credentials; these only let the SDK sign. */
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("emulator", "emulator"));

    private ResourceSeeder() {}

    static void createTable(URI endpoint, String region, String table) {
        try (SdkHttpClient http = httpClient();
                DynamoDbClient dynamo = DynamoDbClient.builder()
                        .endpointOverride(endpoint)
                        .region(Region.of(region))
                        .credentialsProvider(CREDENTIALS)
                        .httpClient(http)
                        .overrideConfiguration(timeouts())
                        .build()) {
            dynamo.createTable(b -> b.tableName(table)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attribute(TableSchema.PARTITION_KEY), attribute(TableSchema.SORT_KEY))
                    .keySchema(key(TableSchema.PARTITION_KEY, KeyType.HASH), key(TableSchema.SORT_KEY, KeyType.RANGE)));
        }
    }

    static String createQueue(URI endpoint, String region, String queue) {
        try (SdkHttpClient http = httpClient();
                SqsClient sqs = SqsClient.builder()
                        .endpointOverride(endpoint)
                        .region(Region.of(region))
                        .credentialsProvider(CREDENTIALS)
                        .httpClient(http)
                        .overrideConfiguration(timeouts())
                        .build()) {
            return sqs.createQueue(b -> b.queueName(queue)).queueUrl();
        }
    }

    static void createBucket(URI endpoint, String region, String bucket) {
        try (SdkHttpClient http = httpClient();
                S3Client s3 = S3Client.builder()
                        .endpointOverride(endpoint)
                        .forcePathStyle(true)
                        .region(Region.of(region))
                        .credentialsProvider(CREDENTIALS)
                        .httpClient(http)
                        .overrideConfiguration(timeouts())
                        .build()) {
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    private static SdkHttpClient httpClient() {
        return Apache5HttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static ClientOverrideConfiguration timeouts() {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(Duration.ofSeconds(20))
                .apiCallAttemptTimeout(Duration.ofSeconds(10))
                .build();
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
