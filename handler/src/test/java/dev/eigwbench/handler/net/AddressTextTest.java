package dev.eigwbench.handler.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressTextTest {
    @ParameterizedTest
    @CsvSource({
        "::1, ::1",
        "::, ::",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "fd00:ec2:0:0:0:0:0:254, fd00:ec2::254",
        "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6",
        "fe80:0:0:0:0:0:0:0, fe80::",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "192.0.2.1, 192.0.2.1"
    })
    void of_whenAddress_writesItCompressed(String literal, String expected) throws Exception {
        assertEquals(expected, AddressText.of(InetAddress.getByName(literal)));
    }

    @ParameterizedTest
    @CsvSource({"::1, [::1]", "fd00:ec2:0:0:0:0:0:254, [fd00:ec2::254]", "169.254.169.254, 169.254.169.254"})
    void bracketed_whenAddress_bracketsOnlyIpv6(String literal, String expected) throws Exception {
        assertEquals(expected, AddressText.bracketed(InetAddress.getByName(literal)));
    }
}
