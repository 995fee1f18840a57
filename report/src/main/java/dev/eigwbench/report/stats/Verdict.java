package dev.eigwbench.report.stats;

/** The plain answer a difference estimate gives. Only the two "VPC" verdicts are findings. */
public enum Verdict {
    NO_MEANINGFUL_DIFFERENCE,
    VPC_SLOWER,
    VPC_FASTER,
    INSUFFICIENT_DATA;

    public boolean isFinding() {
        return this == VPC_SLOWER || this == VPC_FASTER;
    }
}
