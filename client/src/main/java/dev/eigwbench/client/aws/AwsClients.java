package dev.eigwbench.client.aws;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * Builds the Lambda and CloudFormation clients once, sharing one HTTP client, with bounded timeouts and the SDK's
 * standard retry strategy (exponential backoff with jitter, longer for throttling).
 */
public final class AwsClients implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final SdkHttpClient http;
    private final LambdaClient invokeClient;
    private final LambdaClient controlClient;
    private final CloudFormationClient cloudFormation;

    public AwsClients(AwsSettings settings, AwsCredentialsProvider credentials) {
        // The socket must outlive the longest Invoke: the function answers only when it finishes.
        this.http = Apache5HttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(settings.invokeTimeout().plusSeconds(10))
                .maxConnections(64)
                .build();
        this.invokeClient = configure(LambdaClient.builder(), settings, credentials, settings.invokeTimeout())
                .build();
        this.controlClient = configure(LambdaClient.builder(), settings, credentials, settings.controlTimeout())
                .build();
        this.cloudFormation = configure(
                        CloudFormationClient.builder(), settings, credentials, settings.controlTimeout())
                .build();
    }

    /** Credentials from {@code --profile} if given, else the SDK's default chain. */
    public static AwsClients create(AwsSettings settings) {
        if (settings.profile() == null && LocalEndpoint.is(settings.endpoint())) {
            return new AwsClients(LocalEndpoint.withRegion(settings), LocalEndpoint.credentials());
        }
        AwsCredentialsProvider credentials = settings.profile() != null
                ? ProfileCredentialsProvider.create(settings.profile())
                : DefaultCredentialsProvider.builder().build();
        return new AwsClients(settings, credentials);
    }

    private <
                    B extends
                            AwsClientBuilder<B, ?>
                                    & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>>
            B configure(B builder, AwsSettings settings, AwsCredentialsProvider credentials, Duration callTimeout) {
        builder.httpClient(http);
        builder.credentialsProvider(credentials);
        if (settings.region() != null) builder.region(Region.of(settings.region()));
        if (settings.endpoint() != null) builder.endpointOverride(settings.endpoint());
        var retry = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(settings.maxAttempts())
                .throttlingBackoffStrategy(
                        BackoffStrategy.exponentialDelay(settings.throttlingBaseDelay(), Duration.ofSeconds(20)))
                .build();
        builder.overrideConfiguration(ClientOverrideConfiguration.builder()
                .retryStrategy(retry)
                .apiCallTimeout(callTimeout.multipliedBy(settings.maxAttempts()).plusSeconds(30))
                .apiCallAttemptTimeout(callTimeout)
                .build());
        return builder;
    }

    /** For Invoke only: its attempt timeout is the long invoke timeout. */
    public LambdaClient invokeClient() {
        return invokeClient;
    }

    /** For configuration, publishing and alias calls. */
    public LambdaClient controlClient() {
        return controlClient;
    }

    /** The region the clients call: the settings' or the SDK chain's. */
    public String region() {
        return invokeClient.serviceClientConfiguration().region().id();
    }

    public CloudFormationClient cloudFormation() {
        return cloudFormation;
    }

    @Override
    public void close() {
        invokeClient.close();
        controlClient.close();
        cloudFormation.close();
        http.close();
    }
}
