package dev.eigwbench.bench.clients;

import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * Builds the one SDK HTTP client a harness jar contains. Each client is built in its own class, so a jar that lacks
 * the other two never loads them.
 */
public final class HttpClients {
    public static final List<String> NAMES = List.of("apache5", "url-connection", "crt");

    private HttpClients() {}

    public static SdkHttpClient create(String name, Duration connect, Duration socket) {
        return switch (name) {
            case "apache5" -> Apache5Factory.create(connect, socket);
            case "url-connection" -> UrlConnectionFactory.create(connect, socket);
            case "crt" -> CrtFactory.create(connect, socket);
            default -> throw new IllegalArgumentException("client: must be one of " + NAMES + ", got '" + name + "'");
        };
    }
}
