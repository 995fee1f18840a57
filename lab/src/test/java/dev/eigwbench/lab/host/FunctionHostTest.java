package dev.eigwbench.lab.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.lab.LabException;
import dev.eigwbench.lab.LabTestSupport;
import dev.eigwbench.lab.runtime.LocalLambdaRuntime;
import dev.eigwbench.lab.runtime.RuntimeApiBridge;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Function JVMs on this machine, without network namespaces: both runtimes, warm reuse, errors and timeouts. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class FunctionHostTest {
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
        return LabTestSupport.fixtureLaunch(runtime, handler, "lab-test", Map.of(), dir);
    }
}
