package dev.eigwbench.handler.readiness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;

/** The two things the probe asks of the network; tests substitute names, never the sockets' behaviour. */
public interface Network {
    /** Every address the resolver has for the host, in its order. */
    InetAddress[] resolve(String host) throws UnknownHostException;

    /** A connected socket, or an exception saying how the connect failed. */
    Socket connect(InetSocketAddress address, Duration timeout) throws IOException;

    /** The function's own resolver and real TCP connects. */
    static Network system() {
        return new Network() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return InetAddress.getAllByName(host);
            }

            @Override
            public Socket connect(InetSocketAddress address, Duration timeout) throws IOException {
                var socket = new Socket();
                try {
                    socket.connect(address, (int) Math.max(1, timeout.toMillis()));
                    return socket;
                } catch (IOException e) {
                    socket.close();
                    throw e;
                }
            }
        };
    }
}
