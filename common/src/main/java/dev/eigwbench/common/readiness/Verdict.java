package dev.eigwbench.common.readiness;

/** Whether a destination keeps working once the NAT gateway is gone. */
public enum Verdict {
    /** Reachable over IPv6 (egress-only gateway), or S3/DynamoDB through a free gateway endpoint. */
    WORKS_WITHOUT_NAT,
    /** Reachable over IPv4 only (no AAAA record, or an AAAA that does not answer): needs NAT or an interface endpoint. */
    NEEDS_NAT_OR_ENDPOINT,
    /** No DNS answer, or nothing answers over either family: removing the NAT changes nothing for it. */
    UNREACHABLE
}
