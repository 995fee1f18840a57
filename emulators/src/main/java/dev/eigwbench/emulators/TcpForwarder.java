package dev.eigwbench.emulators;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Relays one extra listen address to an emulator that can bind only one (ElasticMQ). Clients still connect to the
 * extra address themselves, so the address family they use is real; the relay adds only a loopback hop.
 */
final class TcpForwarder implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private TcpForwarder(ServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
    }

    static TcpForwarder start(InetAddress listen, int port, InetSocketAddress target) throws IOException {
        var server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(listen, port), 128);
        var forwarder = new TcpForwarder(server, target);
        daemon("forward-accept-" + port, forwarder::acceptLoop);
        return forwarder;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                upstream.connect(target, 5_000);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                open.add(client);
                open.add(upstream);
                daemon("forward-up", () -> pump(client, upstream));
                daemon("forward-down", () -> pump(upstream, client));
            } catch (IOException e) {
                // Closed, or the upstream refused: the client sees its connection closed.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // Either side closed.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    private static void daemon(String name, Runnable task) {
        var thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Already closed.
        }
        open.forEach(this::closeQuietly);
    }
}
