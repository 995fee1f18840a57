package dev.eigwbench.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/**
 * SQS: ElasticMQ embedded. Its server address is set explicitly so queue URLs carry a valid (bracketed IPv6) host;
 * it binds one address, extra addresses are relayed by {@link TcpForwarder}.
 */
public final class ElasticMqEmulator extends StartedEmulator {
    private final SQSRestServer server;
    private final List<TcpForwarder> forwarders;

    private ElasticMqEmulator(
            SQSRestServer server, List<TcpForwarder> forwarders, List<InetAddress> addresses, int port) {
        super("sqs", addresses, port);
        this.server = server;
        this.forwarders = forwarders;
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
        return new ElasticMqEmulator(server, forwarders, addresses, port);
    }

    @Override
    void stop() {
        forwarders.forEach(TcpForwarder::close);
        // stopAndWait, not stop: the actor system's threads would otherwise keep the JVM alive.
        server.stopAndWait();
    }
}
