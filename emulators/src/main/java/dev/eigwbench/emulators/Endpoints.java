package dev.eigwbench.emulators;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/** URL helpers: an IPv6 literal needs brackets in a URL, an IPv4 one must not have them. */
public final class Endpoints {
    private Endpoints() {}

    public static String urlHost(InetAddress address) {
        String literal = address.getHostAddress();
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        return address instanceof Inet6Address ? "[" + literal + "]" : literal;
    }

    public static URI http(InetAddress address, int port) {
        return URI.create("http://" + urlHost(address) + ":" + port);
    }

    public static List<URI> http(List<InetAddress> addresses, int port) {
        return addresses.stream().map(a -> http(a, port)).toList();
    }
}
