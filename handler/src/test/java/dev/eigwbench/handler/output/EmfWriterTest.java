package dev.eigwbench.handler.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmfWriterTest {
    @Test
    void lines_whenMoreThanHundredValues_splitsIntoLinesOfAtMostHundred() {
        List<String> lines =
                EmfWriter.lines("vpc", Map.of("sqs-send", Collections.nCopies(250, 1.5)), 1_700_000_000_000L);

        assertEquals(3, lines.size());
        @SuppressWarnings("unchecked")
        List<Object> last = (List<Object>) Json.readObject(lines.get(2)).get("sqs-send");
        assertEquals(50, last.size());
    }

    @Test
    void lines_whenWritten_declareNamespaceDimensionAndUnit() {
        Map<String, Object> line = Json.readObject(
                EmfWriter.lines("public", Map.of("http-get", List.of(2.0)), 1L).get(0));

        assertEquals("public", line.get("Variant"));
        @SuppressWarnings("unchecked")
        var aws = (Map<String, Object>) line.get("_aws");
        @SuppressWarnings("unchecked")
        var metrics = ((List<Map<String, Object>>) aws.get("CloudWatchMetrics")).get(0);
        assertEquals("EigwBench", metrics.get("Namespace"));
        assertEquals(List.of(List.of("Variant")), metrics.get("Dimensions"));
        assertEquals(List.of(Map.of("Name", "http-get", "Unit", "Milliseconds")), metrics.get("Metrics"));
        assertEquals(List.of(2.0), line.get("http-get"));
    }

    @Test
    void lines_whenWrittenTwice_areTheSameBytes() {
        assertEquals(
                "{\"_aws\":{\"Timestamp\":1,\"CloudWatchMetrics\":[{\"Namespace\":\"EigwBench\","
                        + "\"Dimensions\":[[\"Variant\"]],\"Metrics\":[{\"Name\":\"http-get\","
                        + "\"Unit\":\"Milliseconds\"}]}]},\"Variant\":\"vpc\",\"http-get\":[2.0]}",
                EmfWriter.lines("vpc", Map.of("http-get", List.of(2.0)), 1L).get(0));
    }
}
