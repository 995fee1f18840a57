package dev.eigwbench.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * SQS: ElasticMQ embedded. Its server address is set explicitly so queue URLs carry a valid (bracketed IPv6) host;
 * it binds one address, extra addresses are relayed by {@link TcpForwarder}.
 */
public final class ElasticMqEmulator implements Emulator {
    private final SQSRestServer server;
    private final List<TcpForwarder> forwarders;
    private final int port;
    private final List<URI> endpoints;
    private boolean closed;

    private ElasticMqEmulator(SQSRestServer server, List<TcpForwarder> forwarders, int port, List<URI> endpoints) {
        this.server = server;
        this.forwarders = forwarders;
        this.port = port;
        this.endpoints = endpoints;
    }

    public static ElasticMqEmulator start(List<InetAddress> addresses, int requestedPort, String region) {
        InetAddress primary = addresses.get(0);
        int port = requestedPort == 0 ? FreePort.on(primary) : requestedPort;
        SQSRestServer server = SQSRestServerBuilder.withInterface(primary.getHostAddress())
                .withPort(port)
                .withServerAddress(new NodeAddress("http", Endpoints.urlHost(primary), port, ""))
                .withAWSRegion(region)
                .start();
        server.waitUntilStarted();
        var forwarders = new ArrayList<TcpForwarder>();
        try {
            for (InetAddress extra : addresses.subList(1, addresses.size())) {
                forwarders.add(TcpForwarder.start(extra, port, new InetSocketAddress(primary, port)));
            }
        } catch (IOException e) {
            forwarders.forEach(TcpForwarder::close);
            server.stopAndWait();
            throw new UncheckedIOException("cannot listen on " + addresses + " port " + port, e);
        }
        return new ElasticMqEmulator(server, forwarders, port, Endpoints.http(addresses, port));
    }

    @Override
    public String service() {
        return "sqs";
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
        if (closed) {
            return;
        }
        closed = true;
        forwarders.forEach(TcpForwarder::close);
        // stopAndWait, not stop: the actor system's threads would otherwise keep the JVM alive.
        server.stopAndWait();
    }
}
