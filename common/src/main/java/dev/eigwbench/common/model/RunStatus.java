package dev.eigwbench.common.model;

public enum RunStatus {
    /** Every requested call ran (some may have failed; see each step's errors). */
    COMPLETE,
    /**
     * Not every requested call ran: the function stopped early to stay inside its Lambda time budget, or a step gave
     * up on a service that failed several calls in a row ({@code warnings} says which); measured steps are valid.
     */
    PARTIAL,
    /** The event was rejected before anything was written; {@code error} names the field and the fix. */
    INVALID_INPUT,
    /** The run could not start (e.g. missing configuration); {@code error} says why. */
    FAILED
}
