package dev.eigwbench.report;

/**
 * The metrics of one Lambda {@code REPORT} log line (text or JSON {@code platform.report} format). Lab runs have
 * none.
 *
 * @param requestId the invocation's request id, or null when the line did not carry one
 * @param durationMs Duration
 * @param billedDurationMs Billed Duration
 * @param memorySizeMb Memory Size
 * @param maxMemoryUsedMb Max Memory Used
 * @param initDurationMs Init Duration, present only on an on-demand cold start
 * @param restoreDurationMs Restore Duration, present only when a SnapStart snapshot was restored
 * @param billedRestoreDurationMs Billed Restore Duration, present only with a SnapStart restore
 */
public record LambdaReport(
        String requestId,
        double durationMs,
        double billedDurationMs,
        int memorySizeMb,
        int maxMemoryUsedMb,
        Double initDurationMs,
        Double restoreDurationMs,
        Double billedRestoreDurationMs) {
    public LambdaReport {
        requireNonNegative("durationMs", durationMs);
        requireNonNegative("billedDurationMs", billedDurationMs);
        requireNonNegative("memorySizeMb", memorySizeMb);
        requireNonNegative("maxMemoryUsedMb", maxMemoryUsedMb);
        if (initDurationMs != null) requireNonNegative("initDurationMs", initDurationMs);
        if (restoreDurationMs != null) requireNonNegative("restoreDurationMs", restoreDurationMs);
        if (billedRestoreDurationMs != null) requireNonNegative("billedRestoreDurationMs", billedRestoreDurationMs);
    }

    /** True when the line shows a new execution environment: an init phase or a snapshot restore. */
    public boolean showsColdStart() {
        return initDurationMs != null || restoreDurationMs != null;
    }

    /** Init Duration or, for SnapStart, Restore Duration; null on a warm invocation. */
    public Double startupMs() {
        return initDurationMs != null ? initDurationMs : restoreDurationMs;
    }

    private static void requireNonNegative(String field, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(field + " must be a non-negative number, got " + value);
        }
    }
}
