package dev.eigwbench.common.readiness;

/**
 * One destination's probe and verdict, from one function.
 *
 * @param destination the entry as the user gave it
 * @param kind URL, host:port or AWS service
 * @param service the AWS service name, for AWS_SERVICE
 * @param probe what was tried against the destination (for a service: its dual-stack endpoint); null if not probed
 * @param ipv4Endpoint for a service whose dual-stack endpoint does not answer over IPv6: its IPv4 endpoint
 * @param verdict null when the destination was not probed (out of time)
 * @param reason one line saying why
 * @param ms time spent on this destination
 */
public record DestinationResult(
        String destination,
        DestinationKind kind,
        String service,
        HostProbe probe,
        HostProbe ipv4Endpoint,
        Verdict verdict,
        String reason,
        double ms) {}
