package dev.eigwbench.lab.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.eigwbench.common.lambda.LocalContext;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HandlerInvokerTest {
    private static final FunctionIdentity FUNCTION = new FunctionIdentity("bench-vpc", "$LATEST", "us-east-1", 1024);

    @Test
    void invoke_whenPojoHandler_serialisesEventAndResultAsLambdaDoes() throws Throwable {
        var invoker = load("dev.eigwbench.lab.fixtures.EchoPojoHandler::handleRequest");
        var out = invoker.invoke(bytes("{\"iterations\":7}"), context());
        assertEquals(
                "{\"iterations\":7,\"function\":\"bench-vpc\",\"memoryMb\":1024,\"timeLeft\":true}",
                new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void invoke_whenStreamHandler_passesRawBytes() throws Throwable {
        var invoker = load("dev.eigwbench.lab.fixtures.UpperCaseStreamHandler");
        assertEquals("{\"A\":1}", new String(invoker.invoke(bytes("{\"a\":1}"), context()), StandardCharsets.UTF_8));
    }

    @Test
    void invoke_whenHandlerThrows_rethrowsItsOwnException() throws Exception {
        var invoker = load("dev.eigwbench.lab.fixtures.EchoPojoHandler::handleRequest");
        var e = assertThrows(IllegalStateException.class, () -> invoker.invoke(bytes("{\"fail\":1}"), context()));
        assertEquals(
                "{\"errorType\":\"java.lang.IllegalStateException\",\"errorMessage\":\"asked to fail\"}",
                RuntimeProtocol.errorJson(e));
    }

    @Test
    void load_whenMethodMissing_namesTheHandler() {
        var e = assertThrows(
                NoSuchMethodException.class, () -> load("dev.eigwbench.lab.fixtures.EchoPojoHandler::nope"));
        assertEquals(
                "dev.eigwbench.lab.fixtures.EchoPojoHandler::nope must take (InputStream, OutputStream[, Context])"
                        + " or (input[, Context])",
                e.getMessage());
    }

    private static HandlerInvoker load(String handler) throws ReflectiveOperationException {
        return HandlerInvoker.load(handler, HandlerInvokerTest.class.getClassLoader());
    }

    private static LocalContext context() {
        return FUNCTION.context("req-1", System.currentTimeMillis() + 10_000, new StderrLogger(System.err));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
