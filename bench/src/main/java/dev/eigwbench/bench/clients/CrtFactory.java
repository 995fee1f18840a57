package dev.eigwbench.bench.clients;

import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;

/**
 * AWS CRT (native, its own DNS resolver and connection pool); read time is bounded by the SDK's attempt timeout. The
 * pool may wait a whole attempt for a connection, so a failed connect leaves it time to try another address.
 */
final class CrtFactory {
    private CrtFactory() {}

    static SdkHttpClient create(Duration connect, Duration acquire) {
        return AwsCrtHttpClient.builder()
                .connectionTimeout(connect)
                .connectionAcquisitionTimeout(acquire)
                .build();
    }
}
