package dev.eigwbench.emulators;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK clients that talk to one emulator: its endpoint, throwaway credentials and bounded timeouts. Each client owns
 * its HTTP client, so closing the SDK client closes everything.
 */
public final class EmulatorClients {
    /** Emulators accept any credentials; these only let the SDK sign. */
    public static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("emulator", "emulator"));

    private EmulatorClients() {}

    public static DynamoDbClient dynamoDb(URI endpoint, String region) {
        return toEmulator(DynamoDbClient.builder(), endpoint, region).build();
    }

    public static SqsClient sqs(URI endpoint, String region) {
        return toEmulator(SqsClient.builder(), endpoint, region).build();
    }

    /** Path-style: the emulator's host is an address, so the bucket cannot go in the host name. */
    public static S3Client s3(URI endpoint, String region) {
        return toEmulator(S3Client.builder().forcePathStyle(true), endpoint, region)
                .build();
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B toEmulator(
            B builder, URI endpoint, String region) {
        return builder.endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(CREDENTIALS)
                .httpClientBuilder(Apache5HttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(20))
                        .apiCallAttemptTimeout(Duration.ofSeconds(10))
                        .build());
    }
}
