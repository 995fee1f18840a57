package dev.eigwbench.handler.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class ConnectionTableTest {
    @Test
    void decode_whenIpv4Word_readsLittleEndian() throws Exception {
        assertEquals(
                InetAddress.getByName("127.0.0.1"),
                ConnectionTable.decode("0100007F").orElseThrow());
    }

    @Test
    void decode_whenIpv6Loopback_readsFourWords() throws Exception {
        assertEquals(
                InetAddress.getByName("::1"),
                ConnectionTable.decode("00000000000000000000000001000000").orElseThrow());
    }

    @Test
    void decode_whenIpv4MappedOnIpv6Socket_reportsIpv4() throws Exception {
        assertEquals(
                InetAddress.getByName("198.18.0.1"),
                ConnectionTable.decode("0000000000000000FFFF0000010012C6").orElseThrow());
    }
}
