package dev.eigwbench.lab.readiness;

import dev.eigwbench.common.readiness.Verdict;

/**
 * The four kinds of destination the readiness check must tell apart, each a name in the lab's hosts files and (but
 * for the last) an address in the services namespace, with the verdict the VPC function must give and whether the
 * public function (IPv4, no VPC) connects.
 */
public enum DestinationKind {
    /** A and AAAA, both answering: the egress-only gateway carries it. */
    DUAL_STACK("dual.readiness.test", 31, true, false, Verdict.WORKS_WITHOUT_NAT, true),
    /** A only: black-holed from the VPC without NAT, reached from the public function. */
    IPV4_ONLY("v4only.readiness.test", 32, false, false, Verdict.NEEDS_NAT_OR_ENDPOINT, true),
    /** A and an AAAA whose packets vanish (a blackhole route at the router): IPv6 times out. */
    SILENT_AAAA("silent6.readiness.test", 33, false, true, Verdict.NEEDS_NAT_OR_ENDPOINT, true),
    /** No record at all. */
    NO_DNS("nowhere.readiness.test", 0, false, false, Verdict.UNREACHABLE, false);

    private final String hostName;
    private final int hostNumber;
    private final boolean answeringAaaa;
    private final boolean silentAaaa;
    private final Verdict vpcVerdict;
    private final boolean publicConnects;

    DestinationKind(
            String hostName,
            int hostNumber,
            boolean answeringAaaa,
            boolean silentAaaa,
            Verdict vpcVerdict,
            boolean publicConnects) {
        this.hostName = hostName;
        this.hostNumber = hostNumber;
        this.answeringAaaa = answeringAaaa;
        this.silentAaaa = silentAaaa;
        this.vpcVerdict = vpcVerdict;
        this.publicConnects = publicConnects;
    }

    /** Under {@code .test}: never a real host. */
    public String hostName() {
        return hostName;
    }

    int hostNumber() {
        return hostNumber;
    }

    boolean hasAddress() {
        return hostNumber > 0;
    }

    boolean answeringAaaa() {
        return answeringAaaa;
    }

    boolean silentAaaa() {
        return silentAaaa;
    }

    /** What the VPC function's probe must conclude. */
    public Verdict vpcVerdict() {
        return vpcVerdict;
    }

    /** Whether the public function's probe must connect (over IPv4). */
    public boolean publicConnects() {
        return publicConnects;
    }
}
