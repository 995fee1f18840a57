package dev.eigwbench.bench.clients;

import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;

/** AWS CRT (native, its own DNS resolver and connection pool); read time is bounded by the SDK's attempt timeout. */
final class CrtFactory {
    private CrtFactory() {}

    static SdkHttpClient create(Duration connect) {
        return AwsCrtHttpClient.builder()
                .connectionTimeout(connect)
                .connectionAcquisitionTimeout(connect)
                .build();
    }
}
