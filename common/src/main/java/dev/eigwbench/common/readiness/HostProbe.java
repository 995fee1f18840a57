package dev.eigwbench.common.readiness;

import java.util.List;

/**
 * Everything tried against one host and port.
 *
 * @param host the name (or literal) resolved
 * @param port the TCP port dialled
 * @param dns the resolver's answers per family
 * @param connects one attempt per family that has an answer, IPv6 first
 * @param tls the handshake, for https (null otherwise or when nothing connected)
 * @param httpStatus the status of one GET, for URLs (null otherwise or when it failed)
 * @param httpError why the GET failed, or null
 */
public record HostProbe(
        String host,
        int port,
        DnsAnswer dns,
        List<ConnectAttempt> connects,
        TlsHandshake tls,
        Integer httpStatus,
        String httpError) {
    public HostProbe {
        connects = connects == null ? List.of() : List.copyOf(connects);
    }

    /** The attempt for a family, or null when that family was not tried. */
    public ConnectAttempt attempt(String family) {
        return connects.stream()
                .filter(a -> a.family().equals(family))
                .findFirst()
                .orElse(null);
    }

    public boolean connected(String family) {
        ConnectAttempt attempt = attempt(family);
        return attempt != null && attempt.outcome() == ConnectOutcome.CONNECTED;
    }
}
