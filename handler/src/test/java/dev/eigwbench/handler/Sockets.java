package dev.eigwbench.handler;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/** Teardown of the test servers' sockets, where a failure to close changes nothing. */
final class Sockets {
    private Sockets() {}

    /** Stops accepting first, then closes every socket the server accepted or held. */
    static void closeAll(ServerSocket server, List<Socket> sockets) {
        closeQuietly(server);
        sockets.forEach(Sockets::closeQuietly);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
    }
}
