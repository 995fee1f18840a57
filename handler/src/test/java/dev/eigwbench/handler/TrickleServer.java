package dev.eigwbench.handler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback that answers in one of three ways: {@link Mode#OK} a small body and closes the
 * connection; {@link Mode#DRIP} promises a large body and sends one byte every 200 ms (never a read timeout);
 * {@link Mode#ENDLESS} streams a chunked body that never ends. It counts the connections it accepts.
 */
final class TrickleServer implements AutoCloseable {
    enum Mode {
        OK,
        DRIP,
        ENDLESS
    }

    private final ServerSocket server;
    private final Mode mode;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private TrickleServer(ServerSocket server, Mode mode) {
        this.server = server;
        this.mode = mode;
    }

    static TrickleServer start(Mode mode) throws IOException {
        var server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        var trickle = new TrickleServer(server, mode);
        var acceptor = new Thread(trickle::acceptLoop, "trickle-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return trickle;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                open.add(socket);
                var worker = new Thread(() -> answer(socket), "trickle-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket socket) {
        try (socket) {
            readRequestHead(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            switch (mode) {
                case OK -> {
                    out.write(head("Content-Length: 2\r\nConnection: close"));
                    out.write("{}".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                case DRIP -> {
                    out.write(head("Content-Length: 1000000"));
                    out.flush();
                    for (int i = 0; i < 1_000_000; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(200);
                    }
                }
                case ENDLESS -> {
                    out.write(head("Transfer-Encoding: chunked"));
                    byte[] chunk = ("2000\r\n" + "x".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    while (true) {
                        out.write(chunk);
                        out.flush();
                    }
                }
            }
        } catch (IOException e) {
            // The client hung up: the point of the slow modes.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] head(String headers) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + headers + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("request ended early");
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    int connections() {
        return connections.get();
    }

    int port() {
        return server.getLocalPort();
    }

    URI url(String host) {
        return URI.create("http://" + host + ":" + port() + "/todos/1");
    }

    @Override
    public void close() {
        Sockets.closeAll(server, open);
    }
}
