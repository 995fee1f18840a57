package dev.eigwbench.report.stats;

/** The plain answer a difference estimate gives. */
public enum Verdict {
    NO_SIGNIFICANT_DIFFERENCE,
    VPC_SLOWER,
    VPC_FASTER,
    INSUFFICIENT_DATA
}
