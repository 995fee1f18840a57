package dev.eigwbench.bench.clients;

import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

/** Apache 5 with the handler's timeouts (the handler also adds a DNS hook; the minimal client does not). */
final class Apache5Factory {
    private Apache5Factory() {}

    static SdkHttpClient create(Duration connect, Duration socket) {
        return Apache5HttpClient.builder()
                .connectionTimeout(connect)
                .connectionAcquisitionTimeout(connect)
                .socketTimeout(socket)
                .build();
    }
}
