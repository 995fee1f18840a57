package dev.eigwbench.handler;

import dev.eigwbench.common.TableSchema;
import dev.eigwbench.emulators.EmulatorConfig;
import dev.eigwbench.emulators.Emulators;
import dev.eigwbench.handler.net.DestinationGuard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Real emulators on one loopback address and a handler wired to them the way Lambda wires it: by environment. */
final class HandlerFixture implements AutoCloseable {
    static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("emulator", "emulator"));

    final InetAddress address;
    final Emulators emulators;
    private final ByteArrayOutputStream logBuffer = new ByteArrayOutputStream();
    final PrintStream log = new PrintStream(logBuffer, true, StandardCharsets.UTF_8);

    HandlerFixture(InetAddress address) {
        this.address = address;
        this.emulators = Emulators.start(EmulatorConfig.loopback(address));
    }

    static HandlerFixture loopback(String literal) {
        try {
            return new HandlerFixture(InetAddress.getByName(literal));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The function's environment for these emulators, plus test overrides. The emulators' public API is on
     * loopback, which http-get refuses unless told otherwise, as tests and the lab's loopback mode do.
     */
    Map<String, String> environment(Map<String, String> overrides) {
        var env = new LinkedHashMap<>(emulators.functionEnvironment(address));
        env.put("BENCH_VARIANT", "vpc");
        env.put(DestinationGuard.ENV_ALLOW_LOOPBACK, "true");
        env.putAll(overrides);
        return env;
    }

    ExecutionEnvironment executionEnvironment(Map<String, String> overrides, List<ExecutionInterceptor> interceptors) {
        return ExecutionEnvironment.create(environment(overrides), Map.of(), CREDENTIALS, interceptors, log);
    }

    BenchmarkHandler handler(Map<String, String> overrides) {
        return new BenchmarkHandler(executionEnvironment(overrides, List.of()));
    }

    String logText() {
        return logBuffer.toString(StandardCharsets.UTF_8);
    }

    int tableItems() {
        try (var dynamo = DynamoDbClient.builder()
                .endpointOverride(emulators.dynamodb().endpoints().get(0))
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .build()) {
            return dynamo.scan(b -> b.tableName(emulators.config().tableName())).count();
        }
    }

    /** Each item's TTL attribute, in epoch seconds. */
    List<Long> itemExpiries() {
        try (var dynamo = DynamoDbClient.builder()
                .endpointOverride(emulators.dynamodb().endpoints().get(0))
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .build()) {
            return dynamo.scan(b -> b.tableName(emulators.config().tableName())).items().stream()
                    .map(item ->
                            Long.parseLong(item.get(TableSchema.TTL_ATTRIBUTE).n()))
                    .toList();
        }
    }

    int bucketObjects() {
        try (var s3 = S3Client.builder()
                .endpointOverride(emulators.s3().endpoints().get(0))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .build()) {
            return s3.listObjectsV2(b -> b.bucket(emulators.config().bucketName()))
                    .keyCount();
        }
    }

    int queueMessages() {
        try (var sqs = SqsClient.builder()
                .endpointOverride(emulators.sqs().endpoints().get(0))
                .region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS)
                .build()) {
            return Integer.parseInt(sqs.getQueueAttributes(b -> b.queueUrl(emulators.queueUrl())
                            .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributes()
                    .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
        }
    }

    @Override
    public void close() {
        emulators.close();
    }
}
