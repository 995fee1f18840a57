package dev.eigwbench.lab.readiness;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

/**
 * Run inside the services namespace: answers every GET with 200 on the given port, on every address of that
 * namespace (the wildcard there is only the lab's own addresses), until stdin closes.
 */
public final class DestinationServer {
    private DestinationServer() {}

    public static void main(String[] args) throws Exception {
        var server = HttpServer.create(new InetSocketAddress(Integer.parseInt(args[0])), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
        System.out.println("LISTENING");
        System.out.flush();
        System.in.read();
        server.stop(0);
    }
}
