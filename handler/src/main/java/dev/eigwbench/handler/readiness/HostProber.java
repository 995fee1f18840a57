package dev.eigwbench.handler.readiness;

import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.ConnectOutcome;
import dev.eigwbench.common.readiness.DnsAnswer;
import dev.eigwbench.common.readiness.HostProbe;
import dev.eigwbench.common.readiness.TlsHandshake;
import dev.eigwbench.handler.net.AddressText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Probes one host and port: DNS per family, one connect per family (IPv6 first), then over the connection that
 * worked (IPv6 if it did) the TLS handshake and one GET. Every stage is bounded by the timeout and started only
 * when the Lambda budget still has room for it; blocked addresses are never dialled.
 */
final class HostProber {
    private static final int STATUS_LINE_LIMIT = 256;

    private final Network network;
    private final Function<InetAddress, Optional<String>> blocked;
    private final ExecutorService lookups;
    private final Duration timeout;
    private final ProbeBudget budget;

    HostProber(
            Network network,
            Function<InetAddress, Optional<String>> blocked,
            ExecutorService lookups,
            Duration timeout,
            ProbeBudget budget) {
        this.network = network;
        this.blocked = blocked;
        this.lookups = lookups;
        this.timeout = timeout;
        this.budget = budget;
    }

    /**
     * @param tls handshake after connecting
     * @param url GET this URL's path after connecting (null: no request)
     */
    HostProbe probe(String host, int port, boolean tls, URI url) {
        DnsAnswer dns = resolve(host);
        var attempts = new ArrayList<ConnectAttempt>();
        Socket open = null;
        String openFamily = null;
        try {
            for (String family : List.of(ConnectAttempt.IPV6, ConnectAttempt.IPV4)) {
                List<String> answers = family.equals(ConnectAttempt.IPV6) ? dns.ipv6() : dns.ipv4();
                if (answers.isEmpty()) {
                    continue;
                }
                Dialled dialled = dial(answers.get(0), port, family);
                attempts.add(dialled.attempt());
                if (dialled.socket() != null) {
                    if (open == null) {
                        open = dialled.socket();
                        openFamily = family;
                    } else {
                        closeQuietly(dialled.socket());
                    }
                }
            }
            if (open == null) {
                return new HostProbe(host, port, dns, attempts, null, null, null);
            }
            TlsHandshake handshake = null;
            Socket channel = open;
            if (tls) {
                Handshaken result = handshake(open, host, port, openFamily);
                handshake = result.handshake();
                if (result.socket() == null) {
                    return new HostProbe(host, port, dns, attempts, handshake, null, null);
                }
                channel = result.socket();
            }
            if (url == null) {
                return new HostProbe(host, port, dns, attempts, handshake, null, null);
            }
            try {
                return new HostProbe(host, port, dns, attempts, handshake, get(channel, url, host, port), null);
            } catch (IOException e) {
                return new HostProbe(host, port, dns, attempts, handshake, null, describe(e));
            }
        } finally {
            closeQuietly(open);
        }
    }

    private DnsAnswer resolve(String host) {
        long start = System.nanoTime();
        if (!budget.allows(timeout)) {
            return new DnsAnswer(List.of(), List.of(), 0, "not looked up: too little Lambda time left");
        }
        Future<InetAddress[]> lookup = lookups.submit(() -> network.resolve(host));
        try {
            InetAddress[] addresses = lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            var v4 = new ArrayList<String>();
            var v6 = new ArrayList<String>();
            for (InetAddress address : addresses) {
                (address instanceof Inet6Address ? v6 : v4).add(AddressText.of(address));
            }
            return new DnsAnswer(v4, v6, elapsedMs(start), null);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            return new DnsAnswer(
                    List.of(), List.of(), elapsedMs(start), "no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            String message =
                    e.getCause() instanceof UnknownHostException ? "no A or AAAA record" : describe(e.getCause());
            return new DnsAnswer(List.of(), List.of(), elapsedMs(start), message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DnsAnswer(List.of(), List.of(), elapsedMs(start), "interrupted");
        }
    }

    private record Dialled(ConnectAttempt attempt, Socket socket) {}

    private Dialled dial(String literal, int port, String family) {
        InetAddress address;
        try {
            address = InetAddress.getByName(literal); // a literal: no lookup
        } catch (UnknownHostException e) {
            return new Dialled(new ConnectAttempt(family, literal, ConnectOutcome.UNREACHABLE, 0, describe(e)), null);
        }
        Optional<String> refusal = blocked.apply(address);
        if (refusal.isPresent()) {
            return new Dialled(
                    new ConnectAttempt(family, literal, ConnectOutcome.BLOCKED, 0, "not dialled: " + refusal.get()),
                    null);
        }
        if (!budget.allows(timeout)) {
            return new Dialled(
                    new ConnectAttempt(
                            family, literal, ConnectOutcome.NOT_TRIED, 0, "not dialled: too little Lambda time left"),
                    null);
        }
        long start = System.nanoTime();
        try {
            Socket socket = network.connect(new InetSocketAddress(address, port), timeout);
            return new Dialled(
                    new ConnectAttempt(family, literal, ConnectOutcome.CONNECTED, elapsedMs(start), null), socket);
        } catch (IOException e) {
            return new Dialled(new ConnectAttempt(family, literal, classify(e), elapsedMs(start), describe(e)), null);
        }
    }

    /** How a failed connect failed: the message is all Java gives for ECONNREFUSED vs ENETUNREACH. */
    static ConnectOutcome classify(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return ConnectOutcome.TIMED_OUT;
        }
        if (e instanceof NoRouteToHostException) {
            return ConnectOutcome.UNREACHABLE;
        }
        String message = String.valueOf(e.getMessage()).toLowerCase();
        if (e instanceof ConnectException && message.contains("refused")) {
            return ConnectOutcome.REFUSED;
        }
        if (message.contains("timed out")) {
            return ConnectOutcome.TIMED_OUT;
        }
        return ConnectOutcome.UNREACHABLE;
    }

    private record Handshaken(TlsHandshake handshake, Socket socket) {}

    private Handshaken handshake(Socket socket, String host, int port, String family) {
        if (!budget.allows(timeout)) {
            return new Handshaken(new TlsHandshake(family, null, 0, "not tried: too little Lambda time left"), null);
        }
        long start = System.nanoTime();
        try {
            socket.setSoTimeout((int) timeout.toMillis());
            var tls = (SSLSocket)
                    ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, host, port, true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return new Handshaken(
                    new TlsHandshake(family, tls.getSession().getProtocol(), elapsedMs(start), null), tls);
        } catch (IOException e) {
            return new Handshaken(new TlsHandshake(family, null, elapsedMs(start), describe(e)), null);
        }
    }

    /** One GET with Connection: close; only the status line is read. */
    private Integer get(Socket socket, URI url, String host, int port) throws IOException {
        if (!budget.allows(timeout)) {
            throw new IOException("not sent: too little Lambda time left");
        }
        socket.setSoTimeout((int) timeout.toMillis());
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (url.getRawQuery() != null) {
            path += "?" + url.getRawQuery();
        }
        String hostHeader = (host.contains(":") ? "[" + host + "]" : host) + (url.getPort() > 0 ? ":" + port : "");
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader
                + "\r\nUser-Agent: eigw-bench-readiness\r\nAccept: */*\r\nConnection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String statusLine = readLine(socket.getInputStream());
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: '" + statusLine + "'");
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status line: '" + statusLine + "'");
        }
    }

    private static String readLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n' && line.length() < STATUS_LINE_LIMIT; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        if (line.isEmpty()) {
            throw new IOException("the server closed the connection without answering");
        }
        return line.toString();
    }

    static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }

    private static double elapsedMs(long start) {
        return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a probe socket: nothing to recover.
            }
        }
    }
}
