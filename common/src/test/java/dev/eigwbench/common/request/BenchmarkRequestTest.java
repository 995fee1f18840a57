package dev.eigwbench.common.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkRequestTest {
    @Test
    void toEvent_whenOnlyIterationsSet_sendsOnlyIterations() {
        assertEquals(Map.of("iterations", 5), new BenchmarkRequest(5, null, null, null).toEvent());
        assertEquals(Map.of(), BenchmarkRequest.DEFAULTS.toEvent());
    }

    @Test
    void fromEvent_whenWrittenByToEvent_readsTheSameRequest() throws InvalidEventException {
        var sent = new BenchmarkRequest(250, List.of(Step.DYNAMODB_PUT, Step.HTTP_GET), "https://example.com/", "r-1");
        assertEquals(sent, BenchmarkRequest.fromEvent(sent.toEvent()));
    }

    @Test
    void fromEvent_whenStepsOutOfOrder_returnsTheFunctionsOrder() throws InvalidEventException {
        var request = BenchmarkRequest.fromEvent(Map.of("steps", List.of("http-get", "dynamodb-put")));
        assertEquals(List.of(Step.DYNAMODB_PUT, Step.HTTP_GET), request.steps());
    }

    @Test
    void fromEvent_whenIterationsAboveTheBound_namesTheFieldAndTheRange() {
        var e = assertThrows(
                InvalidEventException.class,
                () -> BenchmarkRequest.fromEvent(Map.of("iterations", BenchmarkRequest.MAX_ITERATIONS + 1)));
        assertEquals("iterations", e.detail().field());
        assertEquals(
                "must be a whole number from 1 to 1000, got 1001", e.detail().message());
    }

    @Test
    void fromEvent_whenFieldMisspelt_listsTheAllowedFields() {
        var e = assertThrows(InvalidEventException.class, () -> BenchmarkRequest.fromEvent(Map.of("iteration", 5)));
        assertEquals("iteration", e.detail().field());
        assertTrue(
                e.detail().message().contains("iterations, runId, steps, url"),
                e.detail().message());
    }

    @Test
    void new_whenIterationsOutOfBound_namesTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> new BenchmarkRequest(0, null, null, null));
        assertEquals("iterations must be a whole number from 1 to 1000, got 0", e.getMessage());
    }

    @Test
    void new_whenStepListedTwice_isRefused() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new BenchmarkRequest(null, List.of(Step.S3_PUT, Step.S3_PUT), null, null));
        assertTrue(e.getMessage().startsWith("steps must not name a step twice"), e.getMessage());
    }
}
