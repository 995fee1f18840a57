package dev.eigwbench.lab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.CodeLocation;
import dev.eigwbench.common.Variant;
import dev.eigwbench.lab.LabException;
import dev.eigwbench.lab.runtime.LocalLambdaRuntime;
import dev.eigwbench.lab.runtime.RuntimeApiBridge;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Function JVMs on this machine, without network namespaces: both runtimes, warm reuse, errors and timeouts. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class FunctionHostTest {
    private static final Path RUNTIME_DIR =
            Path.of("target", "function-runtime").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void invoke_whenLambdasRuntimeClient_answersColdThenWarmFromOneJvm() {
        try (var host = FunctionHost.start(launch(RuntimeApiBridge.class, "EchoPojoHandler::handleRequest"), init())) {
            var first = host.invoke("{\"iterations\":3}", Duration.ofSeconds(20));
            var second = host.invoke("{\"iterations\":4}", Duration.ofSeconds(20));
            assertTrue(first.cold());
            assertFalse(second.cold());
            assertEquals(
                    "{\"iterations\":4,\"function\":\"lab-test\",\"memoryMb\":1024,\"timeLeft\":true}",
                    second.payload());
        }
    }

    @Test
    void invoke_whenHandlerThrows_returnsLambdasErrorPayload() {
        try (var host = FunctionHost.start(launch(RuntimeApiBridge.class, "EchoPojoHandler::handleRequest"), init())) {
            var result = host.invoke("{\"fail\":true}", Duration.ofSeconds(20));
            assertNull(result.payload());
            assertTrue(result.error().contains("asked to fail"), result.error());
            assertTrue(host.alive(), "a handler error does not end the environment");
        }
    }

    @Test
    void invoke_whenHandlerOutlivesTheTimeout_endsTheEnvironment() {
        try (var host = FunctionHost.start(launch(LocalLambdaRuntime.class, "SleepyHandler::handleRequest"), init())) {
            var e = assertThrows(LabException.class, () -> host.invoke("{}", Duration.ofSeconds(1)));
            assertTrue(e.getMessage().contains("did not answer within its 1 s timeout"), e.getMessage());
            assertFalse(host.alive());
        }
    }

    @Test
    void start_whenHandlerClassMissing_failsWithTheInitError() {
        var e = assertThrows(
                LabException.class,
                () -> FunctionHost.start(launch(LocalLambdaRuntime.class, "NoSuchHandler::handleRequest"), init()));
        assertTrue(e.getMessage().contains("failed to initialise"), e.getMessage());
        assertTrue(e.getMessage().contains("ClassNotFoundException"), e.getMessage());
    }

    private static Duration init() {
        return Duration.ofSeconds(30);
    }

    private FunctionHost.Launch launch(Class<?> runtime, String handler) {
        var classpath = String.join(
                File.pathSeparator,
                RUNTIME_DIR.resolve("eigw-bench-lab-runtime.jar").toString(),
                RUNTIME_DIR
                        .resolve("aws-lambda-java-runtime-interface-client.jar")
                        .toString(),
                RUNTIME_DIR.resolve("aws-lambda-java-core.jar").toString(),
                RUNTIME_DIR.resolve("aws-lambda-java-serialization.jar").toString(),
                CodeLocation.common().toString(), // the local runtime's LocalContext
                Path.of("target", "test-classes").toAbsolutePath().toString());
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                classpath,
                runtime.getName(),
                "dev.eigwbench.lab.fixtures." + handler));
        var env = Map.of(
                "PATH", "/usr/bin:/bin",
                "AWS_LAMBDA_FUNCTION_NAME", "lab-test",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024",
                "AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + freePort());
        return new FunctionHost.Launch(Variant.VPC, command, env, dir.resolve("function.log"), dir);
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
