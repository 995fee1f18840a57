package dev.eigwbench.handler;

import dev.eigwbench.handler.steps.SuccessAnswer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that never touches the network: it reads the request the SDK built, signed and checksummed, and
 * answers with the {@link SuccessAnswer} it was given. Priming's SDK clients use it to rehearse each step's
 * successful call, so no write reaches a service and no packet leaves the function.
 */
final class RehearsalHttpClient implements SdkHttpClient {
    private volatile SuccessAnswer answer;

    /** What every request gets until the next call of this method. */
    void answerWith(SuccessAnswer next) {
        this.answer = next;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        SuccessAnswer reply = answer;
        if (reply == null) {
            throw new IllegalStateException("no answer set: call answerWith before rehearsing a call");
        }
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                // Read the body as a real client would, so the SDK's streaming and checksum code runs too.
                if (request.contentStreamProvider().isPresent()) {
                    try (InputStream body =
                            request.contentStreamProvider().get().newStream()) {
                        body.transferTo(OutputStream.nullOutputStream());
                    }
                }
                var response = SdkHttpResponse.builder().statusCode(reply.status());
                for (Map.Entry<String, String> header : reply.headers().entrySet()) {
                    response.putHeader(header.getKey(), List.of(header.getValue()));
                }
                byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
                response.putHeader("Content-Length", List.of(Integer.toString(bytes.length)));
                return HttpExecuteResponse.builder()
                        .response(response.build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
                        .build();
            }

            @Override
            public void abort() {
                // Nothing in flight to stop: the answer is already in memory.
            }
        };
    }

    @Override
    public String clientName() {
        return "priming-in-memory";
    }

    @Override
    public void close() {
        // Holds no connections.
    }
}
