package dev.eigwbench.handler;

import dev.eigwbench.handler.output.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Calls the function the way Lambda's stream runtime does: event bytes in, the response's bytes out. */
final class HandlerCalls {
    private HandlerCalls() {}

    /** The response's text, exactly as the function wrote it. */
    static String respond(BenchmarkHandler handler, byte[] event) throws IOException {
        var out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), out, TestContext.generous());
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The response to an event given as JSON text. */
    static Map<String, Object> invoke(BenchmarkHandler handler, String event) throws IOException {
        return Json.readObject(respond(handler, event.getBytes(StandardCharsets.UTF_8)));
    }

    /** The response to an event fixture, {@code src/test/resources/events/<name>}. */
    static Map<String, Object> invokeFixture(BenchmarkHandler handler, String name) throws IOException {
        byte[] event;
        try (InputStream in = HandlerCalls.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no event fixture /events/" + name);
            }
            event = in.readAllBytes();
        }
        return Json.readObject(respond(handler, event));
    }
}
