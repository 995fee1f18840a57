package dev.eigwbench.common.readiness;

/** What one TCP connect attempt did. */
public enum ConnectOutcome {
    CONNECTED,
    /** No answer within the connect timeout: what a black-holed route (IPv4 without NAT) looks like. */
    TIMED_OUT,
    /** The host answered with a reset: the network path works, nothing listens on the port. */
    REFUSED,
    /** The local network has no route for this family (e.g. no IPv6 outside a VPC). */
    UNREACHABLE,
    /** Not dialled: the address is one the function never contacts (loopback, link-local, instance metadata). */
    BLOCKED,
    /** Not dialled: too little Lambda time was left. */
    NOT_TRIED
}
