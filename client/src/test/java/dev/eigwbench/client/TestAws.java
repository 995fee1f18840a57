package dev.eigwbench.client;

import dev.eigwbench.client.aws.AwsClients;
import dev.eigwbench.client.aws.AwsSettings;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Real SDK clients pointed at the loopback fake, with dummy static credentials and short bounded timeouts. */
public final class TestAws {
    public static final String ACCESS_KEY = "AKIDEXAMPLETEST00000";
    public static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private TestAws() {}

    public static AwsClients clients(URI endpoint, int maxAttempts) {
        return clients(endpoint, maxAttempts, Duration.ofSeconds(10));
    }

    public static AwsClients clients(URI endpoint, int maxAttempts, Duration invokeTimeout) {
        var settings = new AwsSettings(
                "us-east-1", null, endpoint, invokeTimeout, Duration.ofSeconds(5), maxAttempts, Duration.ofMillis(20));
        return new AwsClients(
                settings, StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
    }
}
