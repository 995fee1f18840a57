package dev.eigwbench.report;

/** What the two compared functions are. */
public enum Design {
    /** The VPC function against the public one: differences are what the report is for. */
    AB,
    /**
     * Two identical functions in identical conditions: every difference called is a false positive, so the report
     * counts them against what chance allows.
     */
    AA
}
