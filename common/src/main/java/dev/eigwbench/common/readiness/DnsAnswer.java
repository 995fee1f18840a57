package dev.eigwbench.common.readiness;

import java.util.List;

/**
 * What the function's resolver answered for a host name.
 *
 * @param ipv4 the A answers, in resolver order
 * @param ipv6 the AAAA answers, in resolver order
 * @param ms lookup time
 * @param error why there is no answer (unknown host, timed out), or null
 */
public record DnsAnswer(List<String> ipv4, List<String> ipv6, double ms, String error) {
    public DnsAnswer {
        ipv4 = ipv4 == null ? List.of() : List.copyOf(ipv4);
        ipv6 = ipv6 == null ? List.of() : List.copyOf(ipv6);
    }

    public boolean empty() {
        return ipv4.isEmpty() && ipv6.isEmpty();
    }
}
