package dev.eigwbench.lab.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Runs Lambda's real Java runtime client ({@code aws-lambda-java-runtime-interface-client}) in the function JVM
 * against a Runtime API served here, per its documented contract (GET {@code /runtime/invocation/next}, POST
 * {@code …/response}, {@code …/error}, {@code /runtime/init/error}) on {@code AWS_LAMBDA_RUNTIME_API}
 * (127.0.0.1:9001 inside the function's namespace, as in Lambda). Events arrive on stdin and answers leave on
 * stdout in the {@link RuntimeProtocol} framing, shared with the function's own log lines.
 */
public final class RuntimeApiBridge {
    private static final String BASE = "/2018-06-01/runtime";
    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private record Event(String requestId, long deadlineMs, byte[] body) {}

    private final PrintStream protocol;
    private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final long jvmStartNanos = System.nanoTime();
    private volatile boolean ready;

    private RuntimeApiBridge(PrintStream protocol) {
        this.protocol = protocol;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: RuntimeApiBridge <package.Class::method>");
            System.exit(2);
        }
        var api = System.getenv("AWS_LAMBDA_RUNTIME_API");
        if (api == null || !api.contains(":")) {
            System.err.println("RuntimeApiBridge: AWS_LAMBDA_RUNTIME_API must be host:port, got " + api);
            System.exit(2);
        }
        var protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var bridge = new RuntimeApiBridge(protocol);
        var separator = api.lastIndexOf(':');
        bridge.serve(api.substring(0, separator), Integer.parseInt(api.substring(separator + 1)));
        bridge.readEventsFromStdin();
        Class.forName(RIC_MAIN).getMethod("main", String[].class).invoke(null, (Object) args);
    }

    private void serve(String host, int port) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(host, port), 16);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            var t = new Thread(r, "runtime-api");
            t.setDaemon(true);
            return t;
        }));
        server.createContext(BASE + "/invocation/", this::invocation);
        server.createContext(BASE + "/init/error", exchange -> {
            var body = exchange.getRequestBody().readAllBytes();
            answer(exchange, 202);
            send(RuntimeProtocol.INIT_ERROR + " " + RuntimeProtocol.encode(body));
            System.exit(1);
        });
        server.start();
    }

    private void invocation(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getPath().substring((BASE + "/invocation/").length());
        if (path.equals("next") && exchange.getRequestMethod().equals("GET")) {
            next(exchange);
            return;
        }
        var parts = path.split("/");
        if (parts.length == 2 && exchange.getRequestMethod().equals("POST")) {
            var body = exchange.getRequestBody().readAllBytes();
            answer(exchange, 202);
            var start = started.remove(parts[0]);
            var ms = start == null ? 0 : (System.nanoTime() - start) / 1e6;
            var kind = parts[1].equals("response") ? RuntimeProtocol.RESULT : RuntimeProtocol.ERROR;
            send(String.join(
                    " ", kind, parts[0], String.format(Locale.ROOT, "%.3f", ms), RuntimeProtocol.encode(body)));
            return;
        }
        answer(exchange, 404);
    }

    /** The runtime client asking for work means init is over: the first call is Lambda's end of init. */
    private void next(HttpExchange exchange) throws IOException {
        if (!ready) {
            ready = true;
            send(RuntimeProtocol.READY + " "
                    + String.format(Locale.ROOT, "%.3f", (System.nanoTime() - jvmStartNanos) / 1e6));
        }
        Event event;
        try {
            event = events.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 500);
            return;
        }
        started.put(event.requestId(), System.nanoTime());
        var headers = exchange.getResponseHeaders();
        headers.add("Content-Type", "application/json");
        headers.add("Lambda-Runtime-Aws-Request-Id", event.requestId());
        headers.add("Lambda-Runtime-Deadline-Ms", Long.toString(event.deadlineMs()));
        headers.add(
                "Lambda-Runtime-Invoked-Function-Arn",
                "arn:aws:lambda:" + System.getenv().getOrDefault("AWS_REGION", "us-east-1") + ":000000000000:function:"
                        + System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "local"));
        headers.add(
                "Lambda-Runtime-Trace-Id",
                "Root=1-00000000-"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 24)
                        + ";Parent=0000000000000000;Sampled=0");
        exchange.sendResponseHeaders(200, event.body().length);
        try (var out = exchange.getResponseBody()) {
            out.write(event.body());
        }
    }

    private void readEventsFromStdin() {
        var reader = new Thread(
                () -> {
                    try (var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            var parts = line.split(" ", 4);
                            if (parts.length == 4 && parts[0].equals(RuntimeProtocol.INVOKE)) {
                                events.add(new Event(
                                        parts[1], Long.parseLong(parts[2]), RuntimeProtocol.decode(parts[3])));
                            }
                        }
                    } catch (IOException ignored) {
                        // stdin closed
                    }
                    System.exit(0); // the lab closed stdin: the environment is shut down
                },
                "runtime-api-stdin");
        reader.setDaemon(true);
        reader.start();
    }

    private synchronized void send(String line) {
        protocol.println(RuntimeProtocol.FRAME + line);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
