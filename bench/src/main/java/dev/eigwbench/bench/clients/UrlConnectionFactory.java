package dev.eigwbench.bench.clients;

import java.time.Duration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** The JDK's HttpURLConnection behind the SDK's interface: no extra dependencies at all. */
final class UrlConnectionFactory {
    private UrlConnectionFactory() {}

    static SdkHttpClient create(Duration connect, Duration socket) {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(connect)
                .socketTimeout(socket)
                .build();
    }
}
