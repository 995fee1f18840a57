package dev.eigwbench.lab.net;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;

/** Test helper run inside the services namespace: accepts (and closes) connections on the given ports. */
public final class ProbeServer {
    private ProbeServer() {}

    public static void main(String[] args) throws Exception {
        var sockets = new ArrayList<ServerSocket>();
        for (var port : args) {
            var socket = new ServerSocket();
            socket.bind(new InetSocketAddress(Integer.parseInt(port))); // wildcard: IPv4 and IPv6
            sockets.add(socket);
            var t = new Thread(() -> {
                while (true) {
                    try (var ignored = socket.accept()) {
                        // connected: that is all a probe needs
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
        }
        System.out.println("LISTENING");
        System.out.flush();
        System.in.read(); // runs until the test closes stdin or kills it
    }
}
