package dev.eigwbench.client.aws;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * An {@code --endpoint-url} on loopback (the lab's {@code bin/lab serve}, {@code sam local start-lambda}) checks no
 * signature: the client then needs no AWS account. Credentials come from the environment if set, else placeholders;
 * the region from {@code --region} or {@code AWS_REGION}, else us-east-1. Neither chain's instance-metadata lookup
 * runs, so nothing leaves the machine.
 */
final class LocalEndpoint {
    static final String DEFAULT_REGION = "us-east-1";

    private LocalEndpoint() {}

    static boolean is(URI endpoint) {
        if (endpoint == null || endpoint.getHost() == null) return false;
        String host = endpoint.getHost();
        if (host.equals("localhost")) return true;
        // Only literal addresses: a name is not resolved here.
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) return false;
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static AwsCredentialsProvider credentials() {
        if (System.getenv("AWS_ACCESS_KEY_ID") != null && System.getenv("AWS_SECRET_ACCESS_KEY") != null) {
            return EnvironmentVariableCredentialsProvider.create();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    }

    static AwsSettings withRegion(AwsSettings settings) {
        if (settings.region() != null) return settings;
        String env = System.getenv("AWS_REGION");
        String region = env != null && !env.isBlank() ? env : DEFAULT_REGION;
        return new AwsSettings(
                region,
                settings.profile(),
                settings.endpoint(),
                settings.invokeTimeout(),
                settings.controlTimeout(),
                settings.maxAttempts(),
                settings.throttlingBaseDelay());
    }
}
