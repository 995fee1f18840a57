package dev.eigwbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildOutputTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = ChildOutputTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void accept_whenFunctionLogLine_ignoresIt() {
        var out = new ChildOutput();
        assertFalse(out.accept("fill database took: 12ms"));
        assertFalse(out.has("fill"));
    }

    @Test
    void millisAfter_whenReadyPrinted_isMillisecondsAfterStart() {
        var out = new ChildOutput();
        out.accept("BENCH ready 1000500000");
        assertEquals(500.0, out.millisAfter("ready", 1000000000));
    }

    @Test
    void value_whenNeverPrinted_errorNamesTheLine() {
        var e = assertThrows(IllegalStateException.class, () -> new ChildOutput().value("first-done"));
        assertTrue(e.getMessage().contains("BENCH first-done"), e.getMessage());
    }

    @Test
    void calls_whenSeveralCallLines_keepsEachInOrder() {
        var out = new ChildOutput();
        out.accept("BENCH call 0 1003.1 ok HTTP 200");
        out.accept("BENCH call 1 2.0 ok HTTP 200");
        assertEquals(List.of("0 1003.1 ok HTTP 200", "1 2.0 ok HTTP 200"), out.calls());
    }

    @Test
    void steps_whenHandlerPayload_readsSamplesAndErrorSample() throws IOException {
        var steps = ChildOutput.steps(resource("/handler-payload.json"));
        assertEquals(
                List.of("dynamodb-put", "http-get"),
                steps.stream().map(ChildOutput.StepCalls::step).toList());
        assertEquals(List.of(9.5, 2.0, 3.0, 2.5), steps.get(0).samplesMs());
        assertEquals(1, steps.get(1).errors());
        assertEquals("SdkClientException: connect timed out", steps.get(1).firstError());
    }

    @Test
    void steps_whenRejectedPayload_errorSaysWhy() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> ChildOutput.steps("{\"status\":\"INVALID_INPUT\",\"error\":{\"field\":\"iterations\"}}"));
        assertTrue(e.getMessage().contains("INVALID_INPUT"), e.getMessage());
    }

    @Test
    void runSampleSteps_whenColdAndWarm_firstCallIsColdAndSteadySkipsWarmFirst() throws IOException {
        var warm = ChildOutput.steps(resource("/handler-payload.json"));
        var cold = List.of(new ChildOutput.StepCalls("dynamodb-put", 0, null, List.of(250.0)));
        var put = RunSample.steps(cold, warm).get(0);
        assertEquals(250.0, put.firstCallMs());
        assertEquals(2.5, put.p50Ms());
        assertEquals(2.99, put.p99Ms(), 1e-9); // steady calls 2.0 and 3.0: interpolated, as the handler and report do
    }

    @Test
    void runSampleSteps_whenFirstAndWarm_coldRatioIsFirstMeanOverWarmMean() throws IOException {
        var warm = ChildOutput.steps(resource("/handler-payload.json"));
        var first = List.of(new ChildOutput.StepCalls("dynamodb-put", 0, null, List.of(20.0, 6.0, 4.0, 2.0)));
        var put = RunSample.steps(first, warm).get(0);
        assertEquals(20.0, put.firstCallMs());
        assertEquals(8.0, put.firstMeanMs());
        assertEquals(4.25, put.warmMeanMs());
        assertEquals(8.0 / 4.25, put.coldRatio(), 1e-9);
    }
}
