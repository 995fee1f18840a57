package dev.eigwbench.handler;

import dev.eigwbench.common.TableSchema;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.emulators.EmulatorClients;
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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Real emulators on one loopback address and a handler wired to them the way Lambda wires it: by environment. A test
 * class shares one through a static {@code @RegisterExtension} field, which JUnit closes after the class's last test;
 * a single test opens its own in try-with-resources.
 */
final class HandlerFixture implements AutoCloseable, AfterAllCallback {
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
        return ExecutionEnvironment.create(
                environment(overrides), Map.of(), EmulatorClients.CREDENTIALS, interceptors, log);
    }

    BenchmarkHandler handler(Map<String, String> overrides) {
        return new BenchmarkHandler(executionEnvironment(overrides, List.of()));
    }

    /** A run of http-get alone against the url, on a handler with these environment overrides. */
    BenchmarkResult httpGets(Map<String, String> overrides, int iterations, String url) {
        return handler(overrides)
                .run(
                        Map.of("iterations", iterations, "steps", List.of("http-get"), "url", url),
                        TestContext.generous());
    }

    String logText() {
        return logBuffer.toString(StandardCharsets.UTF_8);
    }

    int tableItems() {
        try (var dynamo = dynamoDb()) {
            return dynamo.scan(b -> b.tableName(emulators.config().tableName())).count();
        }
    }

    /** Each item's TTL attribute, in epoch seconds. */
    List<Long> itemExpiries() {
        try (var dynamo = dynamoDb()) {
            return dynamo.scan(b -> b.tableName(emulators.config().tableName())).items().stream()
                    .map(item ->
                            Long.parseLong(item.get(TableSchema.TTL_ATTRIBUTE).n()))
                    .toList();
        }
    }

    int bucketObjects() {
        try (var s3 = EmulatorClients.s3(emulators.s3().endpoints().get(0), region())) {
            return s3.listObjectsV2(b -> b.bucket(emulators.config().bucketName()))
                    .keyCount();
        }
    }

    int queueMessages() {
        try (var sqs = EmulatorClients.sqs(emulators.sqs().endpoints().get(0), region())) {
            return Integer.parseInt(sqs.getQueueAttributes(b -> b.queueUrl(emulators.queueUrl())
                            .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributes()
                    .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
        }
    }

    private DynamoDbClient dynamoDb() {
        return EmulatorClients.dynamoDb(emulators.dynamodb().endpoints().get(0), region());
    }

    private String region() {
        return emulators.config().region();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        emulators.close();
    }
}
