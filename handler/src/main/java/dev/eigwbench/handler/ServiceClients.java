package dev.eigwbench.handler;

import dev.eigwbench.handler.net.AddressLimit;
import dev.eigwbench.handler.net.DestinationGuard;
import dev.eigwbench.handler.net.DualStackSqsEndpointProvider;
import dev.eigwbench.handler.net.EndpointOverrides;
import dev.eigwbench.handler.net.RecordingDnsResolver;
import dev.eigwbench.handler.steps.AbortTimer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.endpoints.S3EndpointProvider;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The SDK clients and the one HTTP client library they use (Apache 5: it tries every resolved address in order,
 * each within the connect timeout, so a black-holed first address falls back to the next). The SDK clients share
 * one instance; http-get has its own, configured the same, whose resolver refuses blocked destinations (the SDK's
 * emulator endpoints in tests and the lab are on loopback) and passes on only as many addresses as fit the call's
 * bound. Built once per execution environment.
 */
public final class ServiceClients implements AutoCloseable {
    public static final String HTTP_CLIENT_NAME = "apache5";

    private final SdkHttpClient http;
    private final SdkHttpClient httpGet;
    private final AbortTimer abortTimer;
    private final RecordingDnsResolver dns;
    private final DynamoDbClient dynamoDb;
    private final SqsClient sqs;
    private final S3Client s3;
    private final Map<String, URI> endpoints;

    private ServiceClients(
            SdkHttpClient http,
            SdkHttpClient httpGet,
            RecordingDnsResolver dns,
            DynamoDbClient dynamoDb,
            SqsClient sqs,
            S3Client s3,
            Map<String, URI> endpoints) {
        this.http = http;
        this.httpGet = httpGet;
        this.abortTimer = new AbortTimer();
        this.dns = dns;
        this.dynamoDb = dynamoDb;
        this.sqs = sqs;
        this.s3 = s3;
        this.endpoints = endpoints;
    }

    public static ServiceClients create(
            HandlerSettings settings,
            EndpointOverrides overrides,
            AwsCredentialsProvider credentials,
            List<ExecutionInterceptor> interceptors) {
        var timeouts = settings.timeouts();
        var dns = new RecordingDnsResolver();
        SdkHttpClient http = httpClient(timeouts, dns);
        SdkHttpClient httpGet = httpClient(timeouts, httpGetResolver(dns, timeouts, settings.allowLoopbackUrl()));
        return create(settings, overrides, credentials, interceptors, dns, http, httpGet);
    }

    /**
     * The same SDK clients, configured as {@link #create}'s, over {@code transport} for every call (http-get too):
     * priming's rehearsal of the steps' successful calls in memory ({@link RehearsalHttpClient}).
     */
    static ServiceClients overTransport(
            HandlerSettings settings,
            EndpointOverrides overrides,
            AwsCredentialsProvider credentials,
            SdkHttpClient transport) {
        return create(settings, overrides, credentials, List.of(), new RecordingDnsResolver(), transport, transport);
    }

    private static ServiceClients create(
            HandlerSettings settings,
            EndpointOverrides overrides,
            AwsCredentialsProvider credentials,
            List<ExecutionInterceptor> interceptors,
            RecordingDnsResolver dns,
            SdkHttpClient http,
            SdkHttpClient httpGet) {
        var timeouts = settings.timeouts();
        var overrideConfiguration = ClientOverrideConfiguration.builder()
                .apiCallTimeout(timeouts.apiCall())
                .apiCallAttemptTimeout(timeouts.apiCallAttempt())
                .executionInterceptors(interceptors)
                .build();
        Region region = Region.of(settings.region());
        Optional<URI> dynamoOverride = overrides.forService("DYNAMODB", "DynamoDb");
        Optional<URI> sqsOverride = overrides.forService("SQS", "Sqs");
        Optional<URI> s3Override = overrides.forService("S3", "S3");

        // DynamoDB and S3 on their default (IPv4) endpoints: in the VPC they ride the gateway endpoints.
        var dynamoBuilder = DynamoDbClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(overrideConfiguration);
        dynamoOverride.ifPresent(dynamoBuilder::endpointOverride);

        var sqsEndpoints = new DualStackSqsEndpointProvider();
        var sqsBuilder = SqsClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(overrideConfiguration)
                .dualstackEnabled(true)
                .endpointProvider(sqsEndpoints);
        sqsOverride.ifPresent(sqsBuilder::endpointOverride);

        var s3Builder = S3Client.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(overrideConfiguration);
        // An emulator has no per-bucket host names: path-style only when the endpoint is overridden.
        s3Override.ifPresent(uri -> s3Builder.endpointOverride(uri).forcePathStyle(true));

        var endpoints = new LinkedHashMap<String, URI>();
        endpoints.put(
                "dynamodb",
                dynamoOverride.orElseGet(() -> DynamoDbEndpointProvider.defaultProvider()
                        .resolveEndpoint(b -> b.region(region))
                        .join()
                        .url()));
        endpoints.put("sqs", sqsOverride.orElseGet(() -> sqsEndpoints.dualStackEndpoint(settings.region())));
        // With an override, also say which dual-stack endpoint it stands in for.
        sqsOverride.ifPresent(o -> endpoints.put("sqs-dual-stack", sqsEndpoints.dualStackEndpoint(settings.region())));
        endpoints.put(
                "s3",
                s3Override
                        .map(uri -> uri.resolve("/" + settings.bucketName()))
                        .orElseGet(() -> S3EndpointProvider.defaultProvider()
                                .resolveEndpoint(b -> b.region(region).bucket(settings.bucketName()))
                                .join()
                                .url()));
        return new ServiceClients(
                http,
                httpGet,
                dns,
                dynamoBuilder.build(),
                sqsBuilder.build(),
                s3Builder.build(),
                Map.copyOf(endpoints));
    }

    /** What http-get dials: only allowed addresses, and no more of them than fit the call's bound. */
    static DnsResolver httpGetResolver(DnsResolver dns, HandlerSettings.Timeouts timeouts, boolean allowLoopback) {
        return AddressLimit.within(new DestinationGuard(dns, allowLoopback), timeouts.apiCall(), timeouts.connect());
    }

    /** Apache 5 with the function's timeouts; the same for the SDK clients and http-get. */
    static SdkHttpClient httpClient(HandlerSettings.Timeouts timeouts, DnsResolver resolver) {
        return Apache5HttpClient.builder()
                .dnsResolver(resolver)
                .connectionTimeout(timeouts.connect())
                .connectionAcquisitionTimeout(timeouts.connect())
                .socketTimeout(timeouts.socket())
                .build();
    }

    /** The SDK clients' HTTP client. */
    public SdkHttpClient http() {
        return http;
    }

    /** The http-get step's HTTP client: refuses blocked destinations before connecting. */
    public SdkHttpClient httpGet() {
        return httpGet;
    }

    /** Aborts http-get calls at their bound. */
    public AbortTimer abortTimer() {
        return abortTimer;
    }

    public RecordingDnsResolver dns() {
        return dns;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public SqsClient sqs() {
        return sqs;
    }

    public S3Client s3() {
        return s3;
    }

    /**
     * Per service ("dynamodb", "sqs", "s3"), the URL its calls go to; with an SQS override, "sqs-dual-stack" is
     * the dual-stack endpoint it stands in for.
     */
    public Map<String, URI> endpoints() {
        return endpoints;
    }

    @Override
    public void close() {
        dynamoDb.close();
        sqs.close();
        s3.close();
        http.close();
        httpGet.close();
        abortTimer.close();
    }
}
