package dev.eigwbench.client.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback that speaks the documented wire protocols the client uses: Lambda's REST-JSON API
 * under {@code /2015-03-31/}, CloudWatch's Smithy RPC v2 CBOR API under {@code /service/}, and CloudFormation's and EC2's
 * query APIs (form-encoded POST to {@code /}, XML answers; told apart by their {@code Version}). Nothing real can run these here, so this follows their API
 * references instead.
 */
public final class FakeAwsServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final FakeLambda lambda = new FakeLambda();
    private final FakeCloudFormation cloudFormation = new FakeCloudFormation();
    private final FakeCloudWatch cloudWatch = new FakeCloudWatch();
    private final FakeEc2 ec2 = new FakeEc2();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public FakeAwsServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakeLambda lambda() {
        return lambda;
    }

    public FakeCloudFormation cloudFormation() {
        return cloudFormation;
    }

    public FakeCloudWatch cloudWatch() {
        return cloudWatch;
    }

    public FakeEc2 ec2() {
        return ec2;
    }

    /** "METHOD path" of every request, in arrival order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            byte[] body = exchange.getRequestBody().readAllBytes();
            Response response;
            if (path.startsWith("/2015-03-31/")) {
                response = lambda.handle(
                        exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getRequestHeaders(), body);
            } else if (path.startsWith(FakeCloudWatch.PATH_PREFIX)) {
                response = cloudWatch.handle(path, exchange.getRequestHeaders(), body);
            } else {
                String form = new String(body, StandardCharsets.UTF_8);
                response = FakeEc2.handles(FakeCloudFormation.parseForm(form))
                        ? ec2.handle(FakeCloudFormation.parseForm(form))
                        : cloudFormation.handle(form);
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = response.bytes() != null
                    ? response.bytes()
                    : response.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) exchange.getResponseBody().write(bytes);
        }
    }

    /** An HTTP answer: a text body, or bytes (CBOR) when {@code bytes} is set. */
    public record Response(int status, Map<String, String> headers, String body, byte[] bytes) {
        public Response(int status, Map<String, String> headers, String body) {
            this(status, headers, body, null);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
