package dev.eigwbench.handler;

import dev.eigwbench.handler.net.EndpointOverrides;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Run inside the shaded jar by PackagedJarIT: builds the function's clients as Lambda does (no endpoint override)
 * and sends each benchmark call through endpoint resolution and signing, then stops it before it leaves the JVM.
 * Proves the trimmed jar still holds everything the real-endpoint path loads, without contacting AWS.
 */
public final class RealEndpointProbe {
    private static final class StoppedBeforeTheWire extends RuntimeException {
        StoppedBeforeTheWire(String message) {
            super(message, null, false, false);
        }
    }

    private RealEndpointProbe() {}

    public static void main(String[] args) {
        ExecutionInterceptor stop = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                var request = context.httpRequest();
                throw new StoppedBeforeTheWire(request.getUri().getHost() + " signed="
                        + request.firstMatchingHeader("Authorization").isPresent());
            }
        };
        var environment = Map.of(
                "TABLE_NAME", "table",
                "QUEUE_URL", "https://sqs.eu-central-1.amazonaws.com/123456789012/queue",
                "BUCKET_NAME", "bucket",
                "AWS_REGION", "eu-central-1");
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "example"));
        var settings = HandlerSettings.fromEnvironment(environment);
        try (var clients = ServiceClients.create(
                settings, new EndpointOverrides(Map.of(), Map.of()), credentials, List.of(stop))) {
            probe("dynamodb-put", () -> clients.dynamoDb().putItem(b -> b.tableName("table")));
            probe("dynamodb-query", () -> clients.dynamoDb().query(b -> b.tableName("table")));
            probe(
                    "sqs-send",
                    () -> clients.sqs()
                            .sendMessage(b -> b.queueUrl(settings.queueUrl()).messageBody("x")));
            probe(
                    "s3-put",
                    () -> clients.s3().putObject(b -> b.bucket("bucket").key("k"), RequestBody.fromString("x")));
            probe(
                    "s3-list",
                    () -> clients.s3().listObjectsV2(b -> b.bucket("bucket").maxKeys(10)));
        }
    }

    private static void probe(String step, Runnable call) {
        try {
            call.run();
            System.out.println(step + " reached-the-wire");
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof StoppedBeforeTheWire)) {
                cause = cause.getCause();
            }
            System.out.println(step + " " + (cause != null ? "stopped " + cause.getMessage() : "failed " + e));
        }
    }
}
