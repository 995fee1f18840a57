package dev.eigwbench.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** For servers that must know their port before they bind (ElasticMQ builds queue URLs from it). */
final class FreePort {
    private FreePort() {}

    static int on(InetAddress address) {
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + address.getHostAddress(), e);
        }
    }
}
