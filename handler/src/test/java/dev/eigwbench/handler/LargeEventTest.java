package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.handler.output.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A multi-megabyte event gets a small INVALID_INPUT that still names the field: error messages show only a short
 * excerpt of any value, so the response stays far below Lambda's 6 MB limit whatever the event's size.
 */
class LargeEventTest {
    /** Lambda accepts events up to 6 MB synchronously; these are about 4 MB. */
    private static final int SIZE = 4_000_000;
    /** The whole response, diagnostics included. */
    private static final int MAX_RESPONSE_BYTES = 4_096;

    @RegisterExtension
    static final HandlerFixture fixture = HandlerFixture.loopback("127.0.0.1");

    private static final BenchmarkHandler handler = fixture.handler(Map.of());

    static Stream<Arguments> hugeEvents() {
        return Stream.of(
                Arguments.of("iterations", "{\"iterations\": [" + repeated("1", SIZE / 2) + "]}"),
                Arguments.of("iterations", "{\"iterations\": {\"a\": [" + repeated("\"x\"", SIZE / 4) + "]}}"),
                Arguments.of("iterations", "{\"iterations\": \"" + "9".repeat(SIZE) + "\"}"),
                // Jackson caps numbers at 1000 digits.
                Arguments.of("iterations", "{\"iterations\": 1" + "0".repeat(990) + "}"),
                Arguments.of("url", "{\"url\": \"https://example.org/" + "a".repeat(SIZE) + "\"}"),
                Arguments.of("url", "{\"url\": \"https://" + "a".repeat(SIZE) + "\"}"),
                Arguments.of("url", "{\"url\": [" + repeated("\"https://example.org/\"", SIZE / 22) + "]}"),
                Arguments.of(
                        "steps", "{\"steps\": [" + repeated("\"no-such-step-" + "z".repeat(40) + "\"", 70_000) + "]}"),
                Arguments.of("steps", "{\"steps\": \"" + "s".repeat(SIZE) + "\"}"),
                Arguments.of("steps", "{\"steps\": [" + repeated("[]", SIZE / 3) + "]}"),
                Arguments.of("runId", "{\"runId\": \"" + "r".repeat(SIZE) + "\"}"),
                Arguments.of("f".repeat(80) + "… (40000 characters)", "{\"" + "f".repeat(40_000) + "\": 1}"),
                Arguments.of("event", "{\"iterations\": 1, \"x\": " + "t".repeat(SIZE) + "}"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hugeEvents")
    void handleRequest_whenEventIsMegabytes_answersSmallInvalidInputNamingTheField(String field, String event)
            throws Exception {
        assertTrue(event.length() > 1_000, "the event is big: " + event.length());

        String text = HandlerCalls.respond(handler, event.getBytes(StandardCharsets.UTF_8));

        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes < MAX_RESPONSE_BYTES, "response is " + bytes + " bytes");
        Map<String, Object> response = Json.readObject(text);
        assertEquals("INVALID_INPUT", response.get("status"));
        @SuppressWarnings("unchecked")
        var error = (Map<String, Object>) response.get("error");
        assertEquals(field, error.get("field"), String.valueOf(error));
    }

    private static String repeated(String item, int count) {
        var text = new StringBuilder(item.length() * count + count);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(item);
        }
        return text.toString();
    }
}
