package dev.eigwbench.handler.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Hands the HTTP client no more addresses than it can try, each to its connect timeout, inside the whole call's
 * bound. Apache tries the addresses one after another and, once a call is aborted, goes on to the next one; so a
 * name with many unreachable addresses would otherwise outlast the bound. The first address of each family is kept,
 * so the IPv6-to-IPv4 fallback survives the cut.
 */
public final class AddressLimit implements DnsResolver {
    private final DnsResolver delegate;
    private final int maxAddresses;

    public AddressLimit(DnsResolver delegate, int maxAddresses) {
        this.delegate = delegate;
        this.maxAddresses = Math.max(1, maxAddresses);
    }

    /** As many connect timeouts as fit in the call's bound (at least one). */
    public static AddressLimit within(DnsResolver delegate, Duration callBound, Duration connectTimeout) {
        return new AddressLimit(delegate, (int) Math.min(64, callBound.toMillis() / connectTimeout.toMillis()));
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] all = delegate.resolve(host);
        if (all.length <= maxAddresses) {
            return all;
        }
        var kept = new ArrayList<InetAddress>(maxAddresses);
        kept.add(all[0]);
        for (InetAddress address : all) {
            if (kept.size() < maxAddresses && isV6(address) != isV6(all[0])) {
                kept.add(address);
                break;
            }
        }
        for (InetAddress address : all) {
            if (kept.size() == maxAddresses) {
                break;
            }
            if (!kept.contains(address)) {
                kept.add(address);
            }
        }
        // Keep the resolver's order among the kept addresses.
        return List.of(all).stream().filter(kept::contains).toArray(InetAddress[]::new);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return delegate.resolveCanonicalHostname(host);
    }

    private static boolean isV6(InetAddress address) {
        return address instanceof Inet6Address;
    }
}
