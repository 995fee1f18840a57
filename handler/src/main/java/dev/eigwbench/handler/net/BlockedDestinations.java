package dev.eigwbench.handler.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Addresses a benchmark has no business calling: loopback (the Lambda Runtime API lives there), link-local (the
 * instance-metadata service), the unspecified address, and the same written as IPv4-mapped, IPv4-compatible or
 * NAT64 IPv6 addresses. Private ranges (RFC 1918, ULA) stay allowed: a VPC function may benchmark a private target.
 */
public final class BlockedDestinations {
    private static final byte[] METADATA_V4 = {(byte) 169, (byte) 254, (byte) 169, (byte) 254};
    private static final byte[] METADATA_V6 = v6("fd00:ec2::254");
    private static final byte[] NAT64_PREFIX = Arrays.copyOf(v6("64:ff9b::"), 12);

    private BlockedDestinations() {}

    /** Why the address is refused, e.g. "loopback" or "link-local (instance metadata)"; empty when allowed. */
    public static Optional<String> reason(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? v4Reason(bytes) : v6Reason(bytes);
    }

    private static Optional<String> v4Reason(byte[] b) {
        int first = b[0] & 0xff;
        if (first == 127) {
            return Optional.of("loopback");
        }
        if (first == 0) {
            return Optional.of("unspecified");
        }
        if (Arrays.equals(b, METADATA_V4)) {
            return Optional.of("link-local (instance metadata)");
        }
        if (first == 169 && (b[1] & 0xff) == 254) {
            return Optional.of("link-local");
        }
        return Optional.empty();
    }

    private static Optional<String> v6Reason(byte[] b) {
        if (Arrays.equals(b, METADATA_V6)) {
            return Optional.of("instance metadata (IPv6)");
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return Optional.of("link-local");
        }
        boolean zeroPrefix = allZero(b, 0, 10);
        if (zeroPrefix && b[10] == 0 && b[11] == 0) {
            // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d.
            if (allZero(b, 12, 15) && b[15] == 0) {
                return Optional.of("unspecified");
            }
            if (allZero(b, 12, 15) && b[15] == 1) {
                return Optional.of("loopback");
            }
            return v4Reason(Arrays.copyOfRange(b, 12, 16)).map(r -> r + " (IPv4-compatible)");
        }
        if (zeroPrefix && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
            return v4Reason(Arrays.copyOfRange(b, 12, 16)).map(r -> r + " (IPv4-mapped)");
        }
        if (Arrays.equals(Arrays.copyOf(b, 12), NAT64_PREFIX)) {
            return v4Reason(Arrays.copyOfRange(b, 12, 16)).map(r -> r + " (NAT64)");
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] v6(String literal) {
        try {
            // A literal: parsed, never looked up.
            return Inet6Address.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
