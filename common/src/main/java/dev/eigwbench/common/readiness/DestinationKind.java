package dev.eigwbench.common.readiness;

/** How a destination was given. */
public enum DestinationKind {
    /** An http:// or https:// URL: DNS, connects, TLS for https, and the status of one GET. */
    URL,
    /** {@code host:port}: DNS and connects only. */
    HOST_PORT,
    /** An AWS service name such as {@code sts}: its region's dual-stack endpoint, over HTTPS. */
    AWS_SERVICE
}
