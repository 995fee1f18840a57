package dev.eigwbench.handler.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Addresses the function never dials for a user-given destination: the instance metadata service (169.254.169.254,
 * fd00:ec2::254), any link-local, loopback or unspecified address, including their IPv4-mapped IPv6 forms. Loopback
 * is allowed only when {@value #ENV_ALLOW_LOOPBACK} is "true" (tests and the local lab), read here and nowhere else.
 */
public final class BlockedDestinations {
    public static final String ENV_ALLOW_LOOPBACK = "EIGW_ALLOW_LOOPBACK_URL";

    private static final boolean LOOPBACK_ALLOWED = "true".equals(System.getenv(ENV_ALLOW_LOOPBACK));
    private static final byte[] EC2_IPV6_METADATA = {
        (byte) 0xfd, 0x00, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54
    };

    private BlockedDestinations() {}

    /** Why the address must not be dialled, or empty when it may be. */
    public static Optional<String> reason(InetAddress address) {
        InetAddress effective = unmapped(address);
        if (effective.isAnyLocalAddress()) {
            return Optional.of("unspecified address " + address.getHostAddress());
        }
        if (effective instanceof Inet6Address && java.util.Arrays.equals(effective.getAddress(), EC2_IPV6_METADATA)) {
            return Optional.of("instance metadata address " + address.getHostAddress());
        }
        if (effective.isLinkLocalAddress()) {
            return Optional.of("link-local address " + address.getHostAddress()
                    + (effective.getHostAddress().equals("169.254.169.254") ? " (instance metadata)" : ""));
        }
        if (effective.isLoopbackAddress() && !LOOPBACK_ALLOWED) {
            return Optional.of("loopback address " + address.getHostAddress());
        }
        return Optional.empty();
    }

    /** ::ffff:a.b.c.d is a.b.c.d (Java already unmaps most textual forms; this catches the rest). */
    private static InetAddress unmapped(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (!(address instanceof Inet6Address) || bytes.length != 16) {
            return address;
        }
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        boolean compatible = bytes[10] == 0 && bytes[11] == 0 && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0);
        if (!mapped && !compatible) {
            return address;
        }
        try {
            return Inet4Address.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
