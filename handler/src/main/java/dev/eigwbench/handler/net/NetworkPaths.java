package dev.eigwbench.handler.net;

import dev.eigwbench.common.model.AddressFamily;
import dev.eigwbench.common.model.NetworkPath;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A step's network path: the client's DNS answer for its host and the address the kernel shows it connected to. */
public final class NetworkPaths {
    private final RecordingDnsResolver dns;
    private final ConnectionTable connections;

    public NetworkPaths(RecordingDnsResolver dns, ConnectionTable connections) {
        this.dns = dns;
        this.connections = connections;
    }

    public NetworkPath of(URI target, boolean anyCallSucceeded) {
        String host = target.getHost();
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> resolved = dns.answer(bare);
        Optional<InetAddress> connected =
                anyCallSucceeded ? connections.connectedTo(resolved, port(target)) : Optional.empty();
        AddressFamily family = connected
                .map(NetworkPaths::family)
                .orElse(anyCallSucceeded ? AddressFamily.UNKNOWN : AddressFamily.NONE);
        return new NetworkPath(
                bare,
                resolved.stream().map(InetAddress::getHostAddress).toList(),
                connected.map(InetAddress::getHostAddress).orElse(null),
                family);
    }

    public static AddressFamily family(InetAddress address) {
        return address instanceof Inet4Address ? AddressFamily.IPV4 : AddressFamily.IPV6;
    }

    static int port(URI target) {
        if (target.getPort() > 0) {
            return target.getPort();
        }
        return "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
    }
}
