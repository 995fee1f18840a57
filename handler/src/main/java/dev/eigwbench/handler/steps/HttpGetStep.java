package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * GET the public URL with the SDK's own HTTP client, reading the whole body: the same connection handling (and
 * address fallback) as the AWS calls, and no second HTTP client in the jar.
 */
public final class HttpGetStep implements BenchmarkStep {
    private final SdkHttpClient client;
    private final URI url;

    public HttpGetStep(SdkHttpClient client, URI url) {
        this.client = client;
        this.url = url;
    }

    /** A non-2xx answer: the call reached the server but failed. */
    public static final class HttpStatusException extends IOException {
        HttpStatusException(int status, URI url) {
            super("HTTP " + status + " from " + url);
        }
    }

    @Override
    public Step step() {
        return Step.HTTP_GET;
    }

    @Override
    public URI target() {
        return url;
    }

    @Override
    public void call(int index) throws IOException {
        try {
            get();
        } catch (IOException e) {
            if (!isStaleConnection(e)) {
                throw e;
            }
            // A pooled connection that died while idle (after a SnapStart restore every pooled socket has): the
            // SDK's own calls retry this, so the GET does too, once, on a fresh connection; the time counts.
            get();
        }
    }

    /** Not a timeout, refusal, unknown host or HTTP error: the server end of a reused connection was gone. */
    static boolean isStaleConnection(IOException e) {
        return !(e instanceof SocketTimeoutException
                || e instanceof ConnectException
                || e instanceof UnknownHostException
                || e instanceof HttpStatusException
                || e instanceof InterruptedIOException);
    }

    private void get() throws IOException {
        SdkHttpRequest request = SdkHttpRequest.builder()
                .uri(url)
                .method(SdkHttpMethod.GET)
                .putHeader("Accept", "application/json")
                .putHeader("User-Agent", "eigw-bench")
                .build();
        HttpExecuteResponse response = client.prepareRequest(
                        HttpExecuteRequest.builder().request(request).build())
                .call();
        // Read to the end so the connection goes back to the pool for the next call.
        if (response.responseBody().isPresent()) {
            try (AbortableInputStream body = response.responseBody().get()) {
                drain(body);
            }
        }
        if (!response.httpResponse().isSuccessful()) {
            throw new HttpStatusException(response.httpResponse().statusCode(), url);
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) >= 0) {
            // Discard: only the time to the last byte matters.
        }
    }
}
