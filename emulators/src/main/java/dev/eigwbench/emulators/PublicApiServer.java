package dev.eigwbench.emulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/** The "public API" the function fetches: serves {@code /todos/<n>} JSON like the seed's URL. */
public final class PublicApiServer implements Emulator {
    public static final String TODO_PATH = "/todos/1";
    private static final Pattern TODO = Pattern.compile("/todos/(\\d{1,9})");

    static {
        // Without it the JDK server delays small responses by ~40 ms (Nagle plus delayed ACK).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final List<HttpServer> servers;
    private final ExecutorService executor;
    private final int port;
    private final List<URI> endpoints;
    private boolean closed;

    private PublicApiServer(List<HttpServer> servers, ExecutorService executor, int port, List<URI> endpoints) {
        this.servers = servers;
        this.executor = executor;
        this.port = port;
        this.endpoints = endpoints;
    }

    public static PublicApiServer start(List<InetAddress> addresses, int requestedPort) {
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            var thread = new Thread(r, "public-api");
            thread.setDaemon(true);
            return thread;
        });
        var servers = new ArrayList<HttpServer>();
        int port = requestedPort;
        try {
            for (InetAddress address : addresses) {
                HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 128);
                server.createContext("/", PublicApiServer::handle);
                server.setExecutor(executor);
                server.start();
                servers.add(server);
                port = server.getAddress().getPort();
            }
        } catch (IOException e) {
            servers.forEach(s -> s.stop(0));
            executor.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + addresses + " port " + port, e);
        }
        return new PublicApiServer(servers, executor, port, Endpoints.http(addresses, port));
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var matcher = TODO.matcher(exchange.getRequestURI().getPath());
            if (!"GET".equals(exchange.getRequestMethod()) || !matcher.matches()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String id = matcher.group(1);
            byte[] body = ("{\"userId\":1,\"id\":" + id + ",\"title\":\"delectus aut autem\",\"completed\":false}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public String service() {
        return "http";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public List<URI> endpoints() {
        return endpoints;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            servers.forEach(s -> s.stop(0));
            executor.shutdownNow();
        }
    }
}
