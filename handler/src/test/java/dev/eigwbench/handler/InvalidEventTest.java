package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad events get INVALID_INPUT naming the field and what is allowed: no stack trace, nothing written. */
class InvalidEventTest {
    @RegisterExtension
    static final HandlerFixture fixture = HandlerFixture.loopback("127.0.0.1");

    private static final BenchmarkHandler handler = fixture.handler(Map.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "iterations-zero.json, iterations, from 1 to 1000",
        "iterations-too-many.json, iterations, from 1 to 1000",
        "iterations-string.json, iterations, whole number",
        "iterations-fraction.json, iterations, whole number",
        "steps-unknown.json, steps, 'allowed values: dynamodb-put, dynamodb-query, sqs-send, s3-put, s3-list, http-get'",
        "steps-empty.json, steps, non-empty list",
        "steps-not-a-list.json, steps, non-empty list",
        "steps-duplicate.json, steps, listed twice",
        "url-ftp.json, url, http:// or https://",
        "url-relative.json, url, http:// or https://",
        "url-number.json, url, http:// or https://",
        "runid-bad.json, runId, 'A-Z, a-z, 0-9'",
        "unknown-field.json, iteration, 'allowed fields are iterations, runId, steps, url'",
        "not-an-object.json, event, must be a JSON object",
        "not-json.json, event, not valid JSON"
    })
    void handleRequest_whenEventInvalid_answersInvalidInputNamingTheField(String fixtureName, String field, String hint)
            throws IOException {
        Map<String, Object> response = invoke(fixtureName);

        assertEquals("INVALID_INPUT", response.get("status"));
        @SuppressWarnings("unchecked")
        var error = (Map<String, Object>) response.get("error");
        assertEquals(field, error.get("field"));
        String message = (String) error.get("message");
        assertTrue(message.contains(hint), message);
        assertFalse(message.contains("\tat "), "no stack trace: " + message);
        assertEquals(java.util.List.of(), response.get("steps"));
    }

    @Test
    void handleRequest_whenEveryInvalidEventSent_nothingIsWritten() throws IOException {
        for (String name :
                new String[] {"iterations-zero.json", "steps-unknown.json", "url-ftp.json", "not-json.json"}) {
            invoke(name);
        }
        assertEquals(0, fixture.tableItems());
        assertEquals(0, fixture.bucketObjects());
        assertEquals(0, fixture.queueMessages());
    }

    @Test
    void handleRequest_whenValidSubset_runsOnlyThoseStepsInTheFunctionsOrder() throws IOException {
        Map<String, Object> response = invoke("valid-subset.json");

        assertEquals("COMPLETE", response.get("status"));
        assertEquals("fixture-run", response.get("runId"));
        @SuppressWarnings("unchecked")
        var steps = (java.util.List<Map<String, Object>>) response.get("steps");
        assertEquals(
                java.util.List.of("dynamodb-put", "http-get"),
                steps.stream().map(s -> s.get("step")).toList());
        assertNotNull(response.get("diagnostics"));
    }

    private static Map<String, Object> invoke(String name) throws IOException {
        return HandlerCalls.invokeFixture(handler, name);
    }
}
