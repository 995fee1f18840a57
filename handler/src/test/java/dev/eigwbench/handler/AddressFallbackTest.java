package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.emulators.PublicApiServer;
import dev.eigwbench.handler.net.DestinationGuard;
import dev.eigwbench.handler.output.Json;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The function outside the VPC may have no IPv6 route while IPv6 is preferred: a name's first address is then
 * unreachable. Here a name resolves (through a hosts file, in a child JVM that prefers IPv6 like the function) to
 * ::1, where SYNs are dropped, then 127.0.0.1, where the public API answers: http-get must fall back, in time.
 */
class AddressFallbackTest {
    private static final int CONNECT_TIMEOUT_MS = 500;

    @TempDir
    Path temp;

    @Test
    void httpGet_whenFirstResolvedAddressDropsSyns_fallsBackToTheNextWithinTheConnectTimeout() throws Exception {
        var v4 = InetAddress.getByName("127.0.0.1");
        try (var api = PublicApiServer.start(List.of(v4), 0);
                var hole = SilentServer.blackHole(InetAddress.getByName("::1"), api.port())) {
            Path hosts = temp.resolve("hosts");
            Files.writeString(hosts, "::1 fallback.test\n127.0.0.1 fallback.test\n");

            Map<String, Object> result = runChildJvm(hosts, "http://fallback.test:" + api.port() + "/todos/1");

            assertEquals("COMPLETE", result.get("status"), String.valueOf(result));
            @SuppressWarnings("unchecked")
            var step = ((List<Map<String, Object>>) result.get("steps")).get(0);
            assertEquals(0, ((Number) step.get("errors")).intValue(), String.valueOf(step.get("errorTypes")));
            @SuppressWarnings("unchecked")
            var network = (Map<String, Object>) step.get("network");
            assertEquals(List.of("0:0:0:0:0:0:0:1", "127.0.0.1"), network.get("resolved"));
            assertEquals("127.0.0.1", network.get("connectedAddress"));
            assertEquals("IPv4", network.get("family"));
            double firstCallMs = ((Number) step.get("firstCallMs")).doubleValue();
            assertTrue(
                    firstCallMs >= CONNECT_TIMEOUT_MS * 0.9 && firstCallMs < CONNECT_TIMEOUT_MS + 1_500,
                    "first call " + firstCallMs + " ms: one connect timeout on ::1, then 127.0.0.1");
        }
    }

    private static Map<String, Object> runChildJvm(Path hosts, String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(
                java,
                "-Djdk.net.hosts.file=" + hosts,
                "-Djava.net.preferIPv6Addresses=true",
                "-cp",
                System.getProperty("java.class.path"),
                LocalRunner.class.getName(),
                "{\"iterations\":3,\"steps\":[\"http-get\"]}",
                "60");
        var env = builder.environment();
        env.put("TABLE_NAME", "unused");
        env.put("QUEUE_URL", "http://127.0.0.1:9/000000000000/unused");
        env.put("BUCKET_NAME", "unused");
        env.put("FETCH_URL", url);
        env.put(DestinationGuard.ENV_ALLOW_LOOPBACK, "true");
        env.put("AWS_REGION", "us-east-1");
        env.put(HandlerSettings.ENV_CONNECT_TIMEOUT_MS, Integer.toString(CONNECT_TIMEOUT_MS));
        env.remove("JAVA_TOOL_OPTIONS");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        return Json.readObject(lines.get(lines.size() - 1));
    }
}
