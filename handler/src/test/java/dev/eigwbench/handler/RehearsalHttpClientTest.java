package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.handler.steps.SuccessAnswer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

class RehearsalHttpClientTest {
    private static final SdkHttpRequest PUT = SdkHttpRequest.builder()
            .uri(URI.create("https://s3.us-east-1.amazonaws.com/bucket/key"))
            .method(SdkHttpMethod.PUT)
            .build();

    @Test
    void prepareRequest_whenNoAnswerSet_failsNamingTheFix() {
        var client = new RehearsalHttpClient();

        var e = assertThrows(
                IllegalStateException.class,
                () -> client.prepareRequest(
                        HttpExecuteRequest.builder().request(PUT).build()));

        assertTrue(e.getMessage().contains("answerWith"), e.getMessage());
    }

    @Test
    void call_whenAnswerSet_readsTheWholeRequestBodyAndReturnsTheAnswer() throws Exception {
        var client = new RehearsalHttpClient();
        client.answerWith(new SuccessAnswer(200, Map.of("ETag", "\"abc\""), "{\"ok\":true}"));
        var bytesRead = new AtomicInteger();
        byte[] sent = "x".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        var request = HttpExecuteRequest.builder()
                .request(PUT)
                .contentStreamProvider(() -> new CountingStream(sent, bytesRead))
                .build();

        HttpExecuteResponse response = client.prepareRequest(request).call();

        assertEquals(sent.length, bytesRead.get(), "request body read to the end");
        assertEquals(200, response.httpResponse().statusCode());
        assertEquals(
                "\"abc\"", response.httpResponse().firstMatchingHeader("ETag").orElseThrow());
        assertEquals(
                "11",
                response.httpResponse().firstMatchingHeader("Content-Length").orElseThrow());
        try (InputStream body = response.responseBody().orElseThrow()) {
            assertEquals("{\"ok\":true}", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Counts the bytes read through it (an InputStream of its own, so no shortcut skips the count). */
    private static final class CountingStream extends InputStream {
        private final InputStream bytes;
        private final AtomicInteger count;

        CountingStream(byte[] bytes, AtomicInteger count) {
            this.bytes = new ByteArrayInputStream(bytes);
            this.count = count;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = bytes.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = bytes.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }
    }
}
