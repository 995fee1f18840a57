package dev.eigwbench.common.readiness;

/**
 * One TCP connect to the first address of one family.
 *
 * @param family "IPv6" or "IPv4"
 * @param address the address dialled
 * @param outcome what happened
 * @param ms time until the outcome (0 when not dialled)
 * @param detail the error's message, or why it was not dialled; null when connected
 */
public record ConnectAttempt(String family, String address, ConnectOutcome outcome, double ms, String detail) {
    public static final String IPV6 = "IPv6";
    public static final String IPV4 = "IPv4";
}
