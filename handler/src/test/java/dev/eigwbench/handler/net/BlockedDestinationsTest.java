package dev.eigwbench.handler.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Literals only: parsed, never looked up, never dialled. */
class BlockedDestinationsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "127.0.0.1, loopback",
        "127.53.1.2, loopback",
        "::1, loopback",
        "169.254.169.254, link-local (instance metadata)",
        "169.254.170.2, link-local",
        "169.254.0.1, link-local",
        "fe80::1, link-local",
        "febf:ffff::1, link-local",
        "fd00:ec2::254, instance metadata (IPv6)",
        "0.0.0.0, unspecified",
        "0.1.2.3, unspecified",
        "::, unspecified",
        "::ffff:127.0.0.1, loopback",
        "::ffff:169.254.169.254, link-local (instance metadata)",
        "::127.0.0.1, loopback (IPv4-compatible)",
        "::169.254.169.254, link-local (instance metadata) (IPv4-compatible)",
        "64:ff9b::169.254.169.254, link-local (instance metadata) (NAT64)",
        "64:ff9b::127.0.0.1, loopback (NAT64)"
    })
    void reason_whenAddressBlocked_saysWhy(String literal, String reason) throws Exception {
        assertEquals(Optional.of(reason), BlockedDestinations.reason(InetAddress.getByName(literal)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "10.0.0.1",
                "172.16.5.4",
                "192.168.1.1",
                "198.18.0.10",
                "198.19.255.254",
                "100.64.0.1",
                "8.8.8.8",
                "169.253.255.255",
                "169.255.0.1",
                "fd00::10",
                "fd00:ec2::253",
                "fd12:3456::1",
                "2001:db8::1",
                "2600:1f18::1",
                "fec0::1",
                "::ffff:10.0.0.1",
                "64:ff9b::8.8.8.8"
            })
    void reason_whenPrivateOrPublic_isEmpty(String literal) throws Exception {
        assertEquals(Optional.empty(), BlockedDestinations.reason(InetAddress.getByName(literal)));
    }

    @Test
    void reason_whenMappedAddressKeptAsInet6Address_stillSeesTheEmbeddedAddress() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        byte[] metadata = InetAddress.getByName("169.254.169.254").getAddress();
        System.arraycopy(metadata, 0, mapped, 12, 4);

        var address = Inet6Address.getByAddress(null, mapped, -1);

        assertEquals(Optional.of("link-local (instance metadata) (IPv4-mapped)"), BlockedDestinations.reason(address));
    }
}
