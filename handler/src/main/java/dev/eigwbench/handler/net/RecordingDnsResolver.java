package dev.eigwbench.handler.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The HTTP client's resolver: the JVM's own answer ({@code InetAddress.getAllByName}, so the order follows
 * java.net.preferIPv6Addresses), recorded per host as the client saw it. The client tries the addresses in this
 * order, each within the connect timeout, so an unreachable first address falls back to the next.
 */
public final class RecordingDnsResolver implements DnsResolver {
    private final Map<String, List<InetAddress>> answers = new ConcurrentHashMap<>();

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] resolved = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        answers.put(host, List.of(resolved));
        return resolved;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    /** What the client last resolved for the host, or (never connected yet) what the JVM answers now. */
    public List<InetAddress> answer(String host) {
        List<InetAddress> seen = answers.get(host);
        if (seen != null) {
            return seen;
        }
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
