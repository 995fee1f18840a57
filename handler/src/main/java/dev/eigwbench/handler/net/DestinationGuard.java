package dev.eigwbench.handler.net;

import dev.eigwbench.common.FunctionSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The http-get client's resolver: every address the client is about to dial passes {@link BlockedDestinations}
 * first, so a name that resolves (or re-resolves, DNS rebinding) into loopback, link-local or the unspecified
 * address fails before any socket is opened. Apache's connection operator dials only what this returns: its
 * {@code resolve(host, port)} is the interface's default, which calls {@link #resolve(String)}.
 */
public final class DestinationGuard implements DnsResolver {
    /** Opt-in for tests and the lab's loopback mode; the deployed stack never sets it. */
    public static final String ENV_ALLOW_LOOPBACK = FunctionSettings.ENV_ALLOW_LOOPBACK_URL;

    private final DnsResolver delegate;
    private final boolean allowLoopback;

    public DestinationGuard(DnsResolver delegate, boolean allowLoopback) {
        this.delegate = delegate;
        this.allowLoopback = allowLoopback;
    }

    /** A call refused because its host is, or resolves to, a blocked address. */
    public static final class BlockedDestinationException extends UnknownHostException {
        BlockedDestinationException(String host, InetAddress address, String reason) {
            super("blocked destination: " + host + " is " + AddressText.bracketed(address) + ", " + reason
                    + "; the benchmark does not call loopback, link-local or unspecified addresses");
        }
    }

    /** Why the address is refused under this policy; empty when it may be dialled. */
    public static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
        return BlockedDestinations.reason(address).filter(reason -> !(allowLoopback && reason.startsWith("loopback")));
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = delegate.resolve(host);
        for (InetAddress address : addresses) {
            Optional<String> reason = refusal(address, allowLoopback);
            if (reason.isPresent()) {
                throw new BlockedDestinationException(host, address, reason.get());
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return delegate.resolveCanonicalHostname(host);
    }
}
