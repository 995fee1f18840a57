package dev.eigwbench.handler;

import dev.eigwbench.emulators.Endpoints;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Two real kinds of dead endpoint on loopback. {@link #silent} accepts connections and never answers. {@link
 * #blackHole} drops SYNs like a black-holed route: its accept queue is full and never drained, and Linux drops
 * SYNs to a full listen queue, so connects hang until the client's own timeout.
 */
final class SilentServer implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    private SilentServer(ServerSocket server) {
        this.server = server;
    }

    static SilentServer silent(InetAddress address) throws IOException {
        var server = new ServerSocket();
        server.bind(new InetSocketAddress(address, 0), 50);
        var silent = new SilentServer(server);
        var acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            silent.held.add(server.accept());
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return silent;
    }

    static SilentServer blackHole(InetAddress address, int port) throws IOException {
        var server = new ServerSocket();
        server.bind(new InetSocketAddress(address, port), 1);
        var hole = new SilentServer(server);
        // Fill the accept queue until a connect hangs: from then on every SYN is dropped.
        for (int i = 0; i < 16; i++) {
            var socket = new Socket();
            try {
                socket.connect(server.getLocalSocketAddress(), 200);
                hole.held.add(socket);
            } catch (SocketTimeoutException e) {
                socket.close();
                return hole;
            }
        }
        hole.close();
        throw new IllegalStateException("the kernel kept accepting connections to a full listen queue");
    }

    int port() {
        return server.getLocalPort();
    }

    URI url() {
        return Endpoints.http(server.getInetAddress(), port());
    }

    @Override
    public void close() {
        Sockets.closeAll(server, held);
    }
}
