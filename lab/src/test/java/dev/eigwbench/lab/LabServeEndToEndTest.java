package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user does, as separate processes: {@code bin/lab serve} (simulated networks, as root), then the compare
 * client's jar against its outputs file and endpoint with {@code --cold-starts 1 --invocations 2}; then SIGTERM to
 * serve must leave no namespace and no process behind.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabServeEndToEndTest {
    private static final Path CLIENT_JAR = Path.of("..", "client", "target", "eigw-bench-client.jar");
    private static final Path CLIENT_MAIN_CLASS =
            Path.of("..", "client", "target", "classes", "dev", "eigwbench", "client", "Main.class");

    @TempDir
    static Path dir;

    private static Process serve;
    private static List<ProcessHandle> serveTree = List.of();
    private static JsonNode report;
    private static JsonNode outputs;
    private static String clientOutput;

    @BeforeAll
    static void serveAndCompare() throws Exception {
        assumeTrue(LabTestSupport.canSimulate(), LabTestSupport.SKIP_REASON);
        var out = dir.resolve("serve-out");
        var command = JavaCommand.of(LabMain.class);
        command.addAll(List.of("serve", "--namespaces", "--out", out.toString(), "--iterations", "5"));
        serve = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("serve.log").toFile())
                .start();
        var endpointFile = out.resolve(ServeFiles.ENDPOINT_FILE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!Files.exists(endpointFile) && serve.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(Files.exists(endpointFile), "serve did not write its endpoint: " + serveLog());
        serveTree = new ArrayList<>(serve.descendants().toList());
        outputs =
                new ObjectMapper().readTree(out.resolve(ServeFiles.OUTPUTS_FILE).toFile());

        var client = clientCommand();
        client.addAll(List.of(
                "compare",
                "--outputs-file",
                out.resolve(ServeFiles.OUTPUTS_FILE).toString(),
                "--endpoint-url",
                Files.readString(endpointFile).strip(),
                "--cold-starts",
                "1",
                "--invocations",
                "2",
                "--iterations",
                "5",
                "--poll-interval-ms",
                "50",
                "--out",
                dir.resolve("reports").toString()));
        var builder = new ProcessBuilder(client).redirectErrorStream(true);
        // As on a machine with no AWS account: nothing from this environment reaches the client.
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
        var process = builder.start();
        clientOutput = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the client did not finish");
        assertEquals(0, process.exitValue(), clientOutput + "\nserve: " + serveLog());
        report = new ObjectMapper()
                .readTree(dir.resolve("reports").resolve("compare.json").toFile());
    }

    @AfterAll
    static void stopServe() {
        if (serve != null && serve.isAlive()) serve.destroyForcibly();
    }

    @Test
    @Order(1)
    void serve_writesTheOutputsFileInCdksShape() {
        var stack = outputs.get(StackOutputs.DEFAULT_STACK_NAME);
        assertNotNull(stack, outputs.toString());
        assertTrue(
                stack.path(StackOutputs.VPC_FUNCTION_ALIAS_ARN).asText().endsWith(":function:eigw-bench-lab-vpc:live"));
        assertTrue(stack.path(StackOutputs.PUBLIC_FUNCTION_ALIAS_ARN).asText().endsWith(":live"));
        assertTrue(stack.has(StackOutputs.QUEUE_URL) && stack.has(StackOutputs.TABLE_NAME));
    }

    @Test
    @Order(1)
    void compare_againstServe_reportsBothVariantsWithReportLinesColdAndWarm() {
        var records = report.path("records");
        assertEquals(6, records.size(), "1 cold + 2 warm per function: " + clientOutput);
        for (var variant : List.of("vpc", "public")) {
            int cold = 0;
            for (var record : records) {
                if (!variant(record).equals(variant)) continue;
                var lambdaReport = record.path("lambdaReport");
                assertTrue(lambdaReport.path("billedDurationMs").asDouble() > 0, record.toString());
                assertEquals(1024, lambdaReport.path("memorySizeMb").asInt());
                assertTrue(lambdaReport.path("maxMemoryUsedMb").asInt() > 0);
                if (record.path("coldStart").asBoolean()) {
                    cold++;
                    assertTrue(lambdaReport.path("initDurationMs").asDouble() > 0, record.toString());
                }
            }
            assertEquals(1, cold, variant + " cold starts");
        }
    }

    @Test
    @Order(1)
    void compare_againstServe_vpcUsesIPv6ForSqsAndHttpAndIPv4ForTheGatewayEndpoints() {
        var expected = Map.of(
                "sqs-send",
                "IPv6",
                "http-get",
                "IPv6",
                "dynamodb-put",
                "IPv4",
                "dynamodb-query",
                "IPv4",
                "s3-put",
                "IPv4",
                "s3-list",
                "IPv4");
        for (var record : report.path("records")) {
            if (!variant(record).equals("vpc")) continue;
            for (var step : record.path("result").path("steps")) {
                var want = expected.get(step.path("step").asText());
                assertEquals(
                        want,
                        step.path("network").path("family").asText(),
                        step.path("step").asText());
                assertEquals(0, step.path("errors").asInt(), step.toString());
            }
        }
    }

    @Test
    @Order(1)
    void compare_againstServe_pricesLambdaAndTheNatComparison() {
        assertFalse(report.path("cost").isNull() || report.path("cost").isMissingNode(), "no cost section");
    }

    @Test
    @Order(2)
    void sigterm_leavesNoNamespaceOrProcessBehind() throws Exception {
        long pid = serve.pid();
        serve.destroy(); // SIGTERM
        assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        for (var child : serveTree) {
            child.onExit().get(10, TimeUnit.SECONDS);
            assertFalse(child.isAlive(), "left running: " + child.info());
        }
        var prefix = "eigw-" + pid + "-";
        assertTrue(
                NetworkLab.listNamespaces(new CommandRunner(Duration.ofSeconds(10))).stream()
                        .noneMatch(ns -> ns.startsWith(prefix)),
                "namespaces left behind");
        assertTrue(serveLog().contains("local Lambda API"), serveLog());
    }

    private static String variant(JsonNode record) {
        return record.path("variant").asText().toLowerCase(java.util.Locale.ROOT);
    }

    /** The client's runnable jar when it is up to date (mvn verify builds it first), else its classes. */
    private static List<String> clientCommand() throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (Files.exists(CLIENT_JAR)
                && Files.exists(CLIENT_MAIN_CLASS)
                && Files.getLastModifiedTime(CLIENT_JAR).compareTo(Files.getLastModifiedTime(CLIENT_MAIN_CLASS)) >= 0) {
            return new ArrayList<>(List.of(java, "-jar", CLIENT_JAR.toString()));
        }
        System.out.println("client jar missing or older than its classes: running dev.eigwbench.client.Main");
        return new ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), "dev.eigwbench.client.Main"));
    }

    private static String serveLog() {
        try {
            return Files.readString(dir.resolve("serve.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
