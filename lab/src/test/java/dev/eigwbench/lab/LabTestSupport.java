package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.lab.host.FunctionHost;
import dev.eigwbench.report.InvocationRecord;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the lab's tests share: the root check, fixture functions, small lab runs and result lookups. */
public final class LabTestSupport {
    public static final String SKIP_REASON =
            "needs root on Linux with iproute2 to create network namespaces (CI runs as root): "
                    + Privileges.simulationUnavailableReason();

    private LabTestSupport() {}

    public static boolean canSimulate() {
        var can = Privileges.canSimulateNetworks();
        if (!can) {
            System.out.println("SKIPPED: " + SKIP_REASON);
        }
        return can;
    }

    /**
     * A fixture handler ({@code dev.eigwbench.lab.fixtures.<handler>}) as a function JVM under {@code runtime}: the
     * lab's runtime jars then the test classes, {@code variables} plus Lambda's own, its log in {@code dir}.
     */
    public static FunctionHost.Launch fixtureLaunch(
            Class<?> runtime, String handler, String functionName, Map<String, String> variables, Path dir) {
        var classpath = String.join(
                File.pathSeparator,
                RepoLayout.locate().functionRuntimeClasspath(),
                Path.of("target", "test-classes").toAbsolutePath().toString());
        var command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                classpath,
                runtime.getName(),
                "dev.eigwbench.lab.fixtures." + handler);
        var env = new HashMap<>(variables);
        env.put("PATH", "/usr/bin:/bin");
        env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + freeLoopbackPort());
        return new FunctionHost.Launch(Variant.VPC, command, env, dir.resolve(functionName + ".log"), dir);
    }

    private static int freeLoopbackPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the lab in this JVM with small numbers; progress goes to the test log. */
    static Lab.Outcome runLab(
            int runs,
            int iterations,
            boolean preferIPv6,
            LabOptions.NetworkMode mode,
            Path out,
            LabOptions.FunctionRuntime runtime) {
        var progress = new ByteArrayOutputStream();
        try {
            return new Lab(
                            new LabOptions(
                                    runs,
                                    iterations,
                                    preferIPv6,
                                    mode,
                                    out,
                                    LabOptions.DEFAULT_FUNCTION_TIMEOUT,
                                    runtime,
                                    packageOverride(),
                                    false),
                            new PrintStream(progress, true, StandardCharsets.UTF_8))
                    .run();
        } finally {
            System.out.print(progress.toString(StandardCharsets.UTF_8));
        }
    }

    /** EIGW_LAB_TEST_PACKAGE runs the tests against another deployment package (e.g. one being debugged). */
    private static Path packageOverride() {
        var zip = System.getenv("EIGW_LAB_TEST_PACKAGE");
        return zip == null || zip.isBlank() ? null : Path.of(zip);
    }

    static List<BenchmarkResult> results(Lab.Outcome outcome, Variant variant) {
        return outcome.report().records().stream()
                .filter(r -> r.variant() == variant)
                .map(InvocationRecord::result)
                .toList();
    }

    static StepResult step(BenchmarkResult result, Step step) {
        assertNotNull(result, "no result: the function failed");
        return result.steps().stream()
                .filter(s -> s.step() == step)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + step.id() + " step in " + result));
    }
}
