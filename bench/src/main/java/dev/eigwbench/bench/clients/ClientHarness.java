package dev.eigwbench.bench.clients;

import com.sun.net.httpserver.HttpServer;
import dev.eigwbench.bench.child.ChildLines;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The minimal client: the handler's SDK calls with the handler's timeouts and one chosen HTTP client, nothing else.
 * Configured by the function's environment (TABLE_NAME, QUEUE_URL, BUCKET_NAME, FETCH_URL, AWS_ENDPOINT_URL_*).
 *
 * <pre>
 * java -jar bench-client-CLIENT.jar run CLIENT ITERATIONS
 * java -jar bench-client-CLIENT.jar fallback CLIENT URL CALLS SERVE_ADDRESS:PORT
 * </pre>
 *
 * Speaks the bench's line protocol on stdout ({@link ChildLines}); after {@code BENCH done} it waits for
 * stdin to close, so the parent can read its peak RSS first.
 */
public final class ClientHarness {
    static final Duration CONNECT = Duration.ofSeconds(1);
    static final Duration ATTEMPT = Duration.ofSeconds(2);
    static final Duration CALL = Duration.ofSeconds(5);

    private ClientHarness() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("run")) {
            run(args[1], Integer.parseInt(args[2]));
        } else if (args.length == 5 && args[0].equals("fallback")) {
            fallback(args[1], URI.create(args[2]), Integer.parseInt(args[3]), args[4]);
        } else {
            System.err.println("usage: ClientHarness run CLIENT ITERATIONS | fallback CLIENT URL CALLS ADDRESS:PORT");
            System.exit(2);
        }
        System.exit(0);
    }

    private static void run(String client, int iterations) throws IOException {
        Map<String, String> env = System.getenv();
        SdkHttpClient http = HttpClients.create(client, CONNECT, ATTEMPT);
        var override = ClientOverrideConfiguration.builder()
                .apiCallTimeout(CALL)
                .apiCallAttemptTimeout(ATTEMPT)
                .build();
        var region = Region.of(env.getOrDefault("AWS_REGION", "us-east-1"));
        var credentials = EnvironmentVariableCredentialsProvider.create();
        var dynamoDb = configure(DynamoDbClient.builder(), region, credentials, http, override, env, "DYNAMODB")
                .build();
        var sqs = configure(SqsClient.builder(), region, credentials, http, override, env, "SQS")
                .build();
        var s3 = configure(S3Client.builder(), region, credentials, http, override, env, "S3")
                .forcePathStyle(true)
                .build();
        var workload = new Workload(
                dynamoDb,
                sqs,
                s3,
                http,
                required(env, "TABLE_NAME"),
                required(env, "QUEUE_URL"),
                required(env, "BUCKET_NAME"),
                URI.create(required(env, "FETCH_URL")));
        ChildLines.say("ready", ChildLines.now());
        String runId = "minimal-" + UUID.randomUUID();
        var cold = workload.run(runId + "-cold", iterations);
        ChildLines.firstInvocationDone();
        ChildLines.say("cold", Workload.json(cold));
        ChildLines.steadyInvocationDone(Workload.json(workload.run(runId, iterations)));
    }

    /** The settings every service client shares: region, signing, the one HTTP client, timeouts, the emulator. */
    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder,
            Region region,
            AwsCredentialsProvider credentials,
            SdkHttpClient http,
            ClientOverrideConfiguration override,
            Map<String, String> env,
            String service) {
        return builder.region(region)
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(override)
                .endpointOverride(URI.create(required(env, "AWS_ENDPOINT_URL_" + service)));
    }

    /** GETs a name whose first address may be black-holed, from a server this process serves on the second. */
    private static void fallback(String client, URI url, int calls, String serve) throws IOException {
        int colon = serve.lastIndexOf(':');
        var server = HttpServer.create(
                new InetSocketAddress(serve.substring(0, colon), Integer.parseInt(serve.substring(colon + 1))), 16);
        server.createContext("/", exchange -> {
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            SdkHttpClient http = HttpClients.create(client, CONNECT, ATTEMPT);
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                String outcome;
                try {
                    outcome = "ok HTTP " + Workload.get(http, url);
                } catch (Exception e) {
                    outcome = "fail " + e.getClass().getSimpleName() + ": "
                            + String.valueOf(e.getMessage()).replace('\n', ' ');
                }
                ChildLines.say("call", String.format("%d %.1f %s", i, (System.nanoTime() - start) / 1e6, outcome));
            }
            ChildLines.say("done", "");
        } finally {
            server.stop(0);
        }
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            System.err.println("ClientHarness: environment variable " + name + " must be set (bin/bench sets it)");
            System.exit(2);
        }
        return value;
    }
}
