package dev.eigwbench.common.readiness;

/**
 * The TLS handshake over the connection that worked (IPv6 first).
 *
 * @param family the family of the connection it ran over
 * @param protocol e.g. "TLSv1.3", or null when it failed
 * @param ms handshake time
 * @param error why it failed, or null
 */
public record TlsHandshake(String family, String protocol, double ms, String error) {
    public boolean ok() {
        return error == null;
    }
}
