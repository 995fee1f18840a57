package dev.eigwbench.emulators;

import dev.eigwbench.common.FunctionSettings;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All four emulators on the same bind addresses, with the function's table, queue and bucket created. Close it to
 * stop them all; each can also be stopped alone (to test a service being down).
 */
public final class Emulators implements AutoCloseable {
    private final EmulatorConfig config;
    private final DynaliteEmulator dynamodb;
    private final ElasticMqEmulator sqs;
    private final S3ProxyEmulator s3;
    private final PublicApiServer http;
    private final String queueUrl;

    private Emulators(
            EmulatorConfig config,
            DynaliteEmulator dynamodb,
            ElasticMqEmulator sqs,
            S3ProxyEmulator s3,
            PublicApiServer http,
            String queueUrl) {
        this.config = config;
        this.dynamodb = dynamodb;
        this.sqs = sqs;
        this.s3 = s3;
        this.http = http;
        this.queueUrl = queueUrl;
    }

    /** Starts everything on ephemeral ports. */
    public static Emulators start(EmulatorConfig config) {
        return start(config, Ports.EPHEMERAL);
    }

    public static Emulators start(EmulatorConfig config, Ports ports) {
        var started = new ArrayList<Emulator>();
        try {
            List<InetAddress> bind = config.bindAddresses();
            var dynamodb = add(started, DynaliteEmulator.start(bind, ports.dynamodb(), config.repositoryRoot()));
            var sqs = add(started, ElasticMqEmulator.start(bind, ports.sqs(), config.region()));
            var s3 = add(started, S3ProxyEmulator.start(bind, ports.s3()));
            var http = add(started, PublicApiServer.start(bind, ports.http()));
            ResourceSeeder.createTable(dynamodb.endpoints().get(0), config.region(), config.tableName());
            String queueUrl = ResourceSeeder.createQueue(sqs.endpoints().get(0), config.region(), config.queueName());
            ResourceSeeder.createBucket(s3.endpoints().get(0), config.region(), config.bucketName());
            return new Emulators(config, dynamodb, sqs, s3, http, queueUrl);
        } catch (RuntimeException e) {
            started.forEach(Emulator::close);
            throw e;
        }
    }

    private static <T extends Emulator> T add(List<Emulator> started, T emulator) {
        started.add(emulator);
        return emulator;
    }

    public EmulatorConfig config() {
        return config;
    }

    public Emulator dynamodb() {
        return dynamodb;
    }

    public Emulator sqs() {
        return sqs;
    }

    public Emulator s3() {
        return s3;
    }

    public Emulator http() {
        return http;
    }

    public List<Emulator> all() {
        return List.of(dynamodb, sqs, s3, http);
    }

    public String queueUrl() {
        return queueUrl;
    }

    /** The seed-like URL the function fetches, on the given bind address. */
    public URI fetchUrl(InetAddress address) {
        return URI.create(endpointFor(http, address) + PublicApiServer.TODO_PATH);
    }

    /**
     * The function's environment for reaching these emulators through one of the bind addresses: the SDK's standard
     * {@code AWS_ENDPOINT_URL_<SERVICE>} settings, the resource names, a region and throwaway credentials.
     */
    public Map<String, String> functionEnvironment(InetAddress address) {
        var env = new LinkedHashMap<String, String>();
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpointFor(dynamodb, address).toString());
        env.put("AWS_ENDPOINT_URL_SQS", endpointFor(sqs, address).toString());
        env.put("AWS_ENDPOINT_URL_S3", endpointFor(s3, address).toString());
        env.put("AWS_REGION", config.region());
        env.put("AWS_ACCESS_KEY_ID", "emulator");
        env.put("AWS_SECRET_ACCESS_KEY", "emulator");
        env.put(FunctionSettings.ENV_TABLE_NAME, config.tableName());
        env.put(FunctionSettings.ENV_QUEUE_URL, queueUrl);
        env.put(FunctionSettings.ENV_BUCKET_NAME, config.bucketName());
        env.put(FunctionSettings.ENV_FETCH_URL, fetchUrl(address).toString());
        return env;
    }

    private URI endpointFor(Emulator emulator, InetAddress address) {
        int index = config.bindAddresses().indexOf(address);
        if (index < 0) {
            throw new IllegalArgumentException(
                    "address " + address.getHostAddress() + " is not one of " + config.bindAddresses());
        }
        return emulator.endpoints().get(index);
    }

    /** A machine-readable description: each service's URLs, the resource names and the queue URL. */
    public Map<String, Object> describe() {
        var services = new LinkedHashMap<String, Object>();
        all().forEach(e -> services.put(
                e.service(), e.endpoints().stream().map(URI::toString).toList()));
        var out = new LinkedHashMap<String, Object>();
        out.put("event", "ready");
        out.put("services", services);
        out.put("region", config.region());
        out.put("table", config.tableName());
        out.put("queue", config.queueName());
        out.put("queueUrl", queueUrl);
        out.put("bucket", config.bucketName());
        out.put("fetchPath", PublicApiServer.TODO_PATH);
        return out;
    }

    @Override
    public void close() {
        // Reverse start order; each close is idempotent and bounded.
        http.close();
        s3.close();
        sqs.close();
        dynamodb.close();
    }

    /** Requested ports; 0 means any free port. */
    public record Ports(int dynamodb, int sqs, int s3, int http) {
        public static final Ports EPHEMERAL = new Ports(0, 0, 0, 0);

        public Ports {
            for (int port : new int[] {dynamodb, sqs, s3, http}) {
                if (port < 0 || port > 65535) {
                    throw new IllegalArgumentException("ports must be 0 (any) or 1..65535, got " + port);
                }
            }
        }
    }
}
