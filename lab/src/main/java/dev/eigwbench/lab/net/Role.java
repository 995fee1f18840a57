package dev.eigwbench.lab.net;

import dev.eigwbench.common.Variant;

/** The namespaces of one lab run. */
public enum Role {
    /** Hosts the emulators: the "AWS services and the internet" side. */
    SERVICES("svc"),
    /** Joins the other namespaces; stands in for the VPC router, the gateways and the internet. */
    ROUTER("rtr"),
    /** The function in private subnets: IPv6 egress only, IPv4 to gateway endpoints only. */
    VPC("vpc"),
    /** The function outside any VPC: IPv4 only. */
    PUBLIC("pub");

    private final String suffix;

    Role(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }

    public static Role of(Variant variant) {
        return switch (variant) {
            case VPC -> VPC;
            case PUBLIC -> PUBLIC;
        };
    }
}
