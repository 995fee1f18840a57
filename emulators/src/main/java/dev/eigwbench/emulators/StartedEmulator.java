package dev.eigwbench.emulators;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/** What every started emulator shares: its service, port and endpoints, and a close that stops it only once. */
abstract class StartedEmulator implements Emulator {
    private final String service;
    private final int port;
    private final List<URI> endpoints;
    private boolean closed;

    StartedEmulator(String service, List<InetAddress> addresses, int port) {
        this.service = service;
        this.port = port;
        this.endpoints = Endpoints.http(addresses, port);
    }

    @Override
    public final String service() {
        return service;
    }

    @Override
    public final int port() {
        return port;
    }

    @Override
    public final List<URI> endpoints() {
        return endpoints;
    }

    @Override
    public final synchronized void close() {
        if (!closed) {
            closed = true;
            stop();
        }
    }

    /** Stops its servers, within a bound; called once. */
    abstract void stop();
}
