package dev.eigwbench.common.model;

import java.util.List;

/**
 * Which way a step's calls went.
 *
 * @param host the endpoint host name
 * @param resolved the addresses the JVM resolved, in the order it returned them
 * @param connectedAddress the address the step's connections actually went to (last seen), or null if none
 * @param family the family the calls connected over; on the wire "IPv6", "IPv4", "none" or "unknown"
 */
public record NetworkPath(String host, List<String> resolved, String connectedAddress, AddressFamily family) {
    public NetworkPath {
        resolved = resolved == null ? List.of() : List.copyOf(resolved);
    }
}
