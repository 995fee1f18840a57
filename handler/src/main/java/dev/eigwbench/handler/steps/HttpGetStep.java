package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * GET the public URL with the SDK's own HTTP client (Apache 5), reading the whole body: the same connection
 * handling and address fallback as the AWS calls, and no second HTTP client library in the jar. Each call, retry
 * included, is bounded as a whole (connect, headers and body) like an SDK call: at the bound its connection is
 * aborted, so a slow-drip or endless body or a host with many unreachable addresses ends the call on time.
 */
public final class HttpGetStep implements BenchmarkStep {
    private final SdkHttpClient client;
    private final URI url;
    private final Duration bound;
    private final AbortTimer timer;

    /**
     * @param client the http-get client (its resolver refuses blocked destinations)
     * @param bound the longest one call may take, as the SDK's apiCallTimeout
     * @param timer aborts a call at its bound
     */
    public HttpGetStep(SdkHttpClient client, URI url, Duration bound, AbortTimer timer) {
        this.client = client;
        this.url = url;
        this.bound = bound;
        this.timer = timer;
    }

    /** A non-2xx answer: the call reached the server but failed. */
    public static final class HttpStatusException extends IOException {
        HttpStatusException(int status, URI url) {
            super("HTTP " + status + " from " + url);
        }
    }

    /** The call ran into its bound and was aborted. */
    public static final class CallTimeoutException extends InterruptedIOException {
        CallTimeoutException(Duration bound, URI url) {
            super("http-get exceeded its " + bound.toMillis() + " ms bound for the whole call (connect, headers and"
                    + " body) to " + url + "; aborted");
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

    /** A GET is a read: priming makes the benchmark's own call, bounded like it. */
    @Override
    public void prime() throws IOException {
        call(0);
    }

    /** A small JSON document, as the default fetch URL serves. */
    @Override
    public Optional<SuccessAnswer> successAnswer() {
        return Optional.of(new SuccessAnswer(
                200,
                Map.of("Content-Type", "application/json"),
                "{\"userId\":1,\"id\":1,\"title\":\"priming in memory\",\"completed\":false}"));
    }

    @Override
    public void call(int index) throws IOException {
        var expired = new AtomicBoolean();
        var inFlight = new AtomicReference<ExecutableHttpRequest>();
        Future<?> abort = timer.schedule(bound, () -> {
            expired.set(true);
            ExecutableHttpRequest request = inFlight.get();
            if (request != null) {
                request.abort();
            }
        });
        try {
            try {
                get(inFlight, expired);
            } catch (IOException e) {
                if (expired.get() || !isStaleConnection(e)) {
                    throw e;
                }
                // A pooled connection that died while idle (after a SnapStart restore every pooled socket has):
                // the SDK's own calls retry this, so the GET does too, once, on a fresh connection; the time counts.
                get(inFlight, expired);
            }
        } catch (IOException e) {
            if (expired.get()) {
                var timeout = new CallTimeoutException(bound, url);
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        } finally {
            abort.cancel(false);
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

    private void get(AtomicReference<ExecutableHttpRequest> inFlight, AtomicBoolean expired) throws IOException {
        SdkHttpRequest request = SdkHttpRequest.builder()
                .uri(url)
                .method(SdkHttpMethod.GET)
                .putHeader("Accept", "application/json")
                .putHeader("User-Agent", "eigw-bench")
                .build();
        ExecutableHttpRequest executable = client.prepareRequest(
                HttpExecuteRequest.builder().request(request).build());
        inFlight.set(executable);
        if (expired.get()) {
            // The bound passed between two attempts: the timer found nothing to abort.
            throw new InterruptedIOException("aborted before the retry started");
        }
        HttpExecuteResponse response = executable.call();
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
