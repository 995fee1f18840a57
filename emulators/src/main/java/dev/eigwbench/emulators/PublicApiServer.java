package dev.eigwbench.emulators;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/** The "public API" the function fetches: serves {@code /todos/<n>} JSON like the seed's URL. */
public final class PublicApiServer extends StartedEmulator {
    public static final String TODO_PATH = "/todos/1";
    private static final Pattern TODO = Pattern.compile("/todos/(\\d{1,9})");

    static {
        // Without it the JDK server delays small responses by ~40 ms (Nagle plus delayed ACK).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final List<HttpServer> servers;
    private final ExecutorService executor;

    private PublicApiServer(List<HttpServer> servers, ExecutorService executor, List<InetAddress> addresses, int port) {
        super("http", addresses, port);
        this.servers = servers;
        this.executor = executor;
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
        return new PublicApiServer(servers, executor, addresses, port);
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
    void stop() {
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
    }
}
