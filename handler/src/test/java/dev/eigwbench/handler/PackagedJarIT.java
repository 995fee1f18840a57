package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.FunctionSettings;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deployment package as Lambda gets it: layout, one HTTP client, and the shaded jar running every step. */
class PackagedJarIT {
    private static final Path ZIP = Path.of("target/eigw-bench-handler.zip");
    private static final Path JAR = Path.of("target/eigw-bench-handler.jar");

    @RegisterExtension
    static final HandlerFixture fixture = HandlerFixture.loopback("127.0.0.1");

    @Test
    void deploymentPackage_whenBuilt_holdsTheJarAndAnExecutableWrapper() throws IOException {
        assertTrue(
                FunctionSettings.DEPLOYMENT_PACKAGE.endsWith(ZIP.getFileName().toString()));
        try (var zip = new ZipFile(ZIP.toFile())) {
            assertTrue(zip.getEntry("lib/eigw-bench-handler.jar") != null, "lib/eigw-bench-handler.jar");
            var wrapper = zip.stream()
                    .filter(e -> e.getName().equals("bin/prefer-ipv6-wrapper"))
                    .findFirst()
                    .orElseThrow();
            // Unix mode bits live in the entry's external attributes; read them back the way unzip does.
            assertEquals(0755, unixMode(ZIP, "bin/prefer-ipv6-wrapper") & 0777, "wrapper mode");
            assertTrue(wrapper.getSize() > 0);
        }
        System.out.printf(
                "deployment package: jar %.2f MB, zip %.2f MB%n", Files.size(JAR) / 1e6, Files.size(ZIP) / 1e6);
    }

    @Test
    void shadedJar_whenInspected_holdsExactlyOneHttpClient() throws IOException {
        try (var jar = new ZipFile(JAR.toFile())) {
            List<String> clients = List.of(
                    "software/amazon/awssdk/http/apache5/Apache5HttpClient.class",
                    "software/amazon/awssdk/http/apache/ApacheHttpClient.class",
                    "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class",
                    "software/amazon/awssdk/http/nio/netty/NettyNioAsyncHttpClient.class",
                    "software/amazon/awssdk/http/crt/AwsCrtHttpClient.class");
            assertEquals(
                    List.of(clients.get(0)),
                    clients.stream().filter(c -> jar.getEntry(c) != null).toList());
        }
    }

    /** What makes {@link FunctionSettings#ENV_SKIP_LOG4SHELL_PATCH} safe: there is no Log4j for the patch to guard. */
    @Test
    void shadedJar_whenInspected_holdsNoLog4j() throws IOException {
        try (var jar = new ZipFile(JAR.toFile())) {
            var names = jar.stream().map(ZipEntry::getName).toList();
            assertTrue(names.contains("software/amazon/awssdk/core/SdkClient.class"), "not the shaded jar: " + JAR);
            assertEquals(
                    List.of(),
                    names.stream()
                            .filter(n -> n.toLowerCase(Locale.ROOT).contains("log4j"))
                            .toList());
        }
    }

    @Test
    void shadedJar_whenRunWithPriming_primesAndMeasuresEveryStepWithoutErrors() throws Exception {
        var builder = ChildJvm.java(
                "-Djava.net.preferIPv6Addresses=true",
                "-cp",
                JAR.toString(),
                LocalRunner.class.getName(),
                "--prime",
                "{\"iterations\":20}",
                "120");
        builder.environment().putAll(fixture.environment(Map.of()));
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        String output = ChildJvm.run(builder, Duration.ofSeconds(120));

        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        String priming = lines.stream()
                .filter(l -> l.startsWith("priming: "))
                .findFirst()
                .orElseThrow();
        for (String step : List.of("dynamodb-put", "dynamodb-query", "sqs-send", "s3-put", "s3-list", "http-get")) {
            assertTrue(priming.contains(step + ": "), priming);
        }
        Map<String, Object> result = ChildJvm.lastLineAsJson(output);
        assertEquals("COMPLETE", result.get("status"), output);
        @SuppressWarnings("unchecked")
        var steps = (List<Map<String, Object>>) result.get("steps");
        assertEquals(6, steps.size());
        for (var step : steps) {
            assertEquals(
                    0, ((Number) step.get("errors")).intValue(), () -> step.get("step") + " " + step.get("errorTypes"));
        }
    }

    @Test
    void shadedJar_whenCallingRealEndpoints_resolvesAndSignsEveryCallWithoutNetwork() throws Exception {
        var builder = ChildJvm.java(
                "-cp", JAR + File.pathSeparator + "target/test-classes", RealEndpointProbe.class.getName());
        // As on Lambda: no endpoint override anywhere, so the clients resolve the real regional endpoints.
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        builder.redirectErrorStream(true);
        String output = ChildJvm.run(builder, Duration.ofSeconds(60));

        List<String> results =
                output.lines().filter(l -> l.matches("[a-z0-9-]+ .*")).toList();
        assertEquals(
                List.of(
                        "dynamodb-put stopped dynamodb.eu-central-1.amazonaws.com signed=true",
                        "dynamodb-query stopped dynamodb.eu-central-1.amazonaws.com signed=true",
                        "sqs-send stopped sqs.eu-central-1.api.aws signed=true",
                        "s3-put stopped bucket.s3.eu-central-1.amazonaws.com signed=true",
                        "s3-list stopped bucket.s3.eu-central-1.amazonaws.com signed=true"),
                results,
                output);
    }

    /** Reads an entry's Unix mode from the zip's central directory (external attributes, upper 16 bits). */
    private static int unixMode(Path zip, String name) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02) {
                int nameLength = u16(bytes, i + 28);
                if (nameLength == wanted.length
                        && java.util.Arrays.equals(bytes, i + 46, i + 46 + nameLength, wanted, 0, nameLength)) {
                    long external = u16(bytes, i + 38) | ((long) u16(bytes, i + 40) << 16);
                    return (int) (external >>> 16);
                }
            }
        }
        throw new IllegalStateException(name + " not in " + zip);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | ((b[at + 1] & 0xff) << 8);
    }
}
