package dev.eigwbench.report.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * How the comparison decides.
 *
 * @param confidence e.g. 0.95, for every interval
 * @param threshold the smallest difference called a finding
 * @param runHint the caller's advice for rows that need more invocations; not serialised
 */
public record ComparisonSettings(
        double confidence,
        EffectThreshold threshold,
        @JsonIgnore RunHint runHint) {
    public static final ComparisonSettings DEFAULT =
            new ComparisonSettings(0.95, EffectThreshold.DEFAULT, RunHint.GENERIC);

    public ComparisonSettings {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 exclusive, got " + confidence);
        }
        if (threshold == null) throw new IllegalArgumentException("threshold is required");
        runHint = runHint == null ? RunHint.GENERIC : runHint;
    }

    public ComparisonSettings withThreshold(EffectThreshold other) {
        return new ComparisonSettings(confidence, other, runHint);
    }

    public ComparisonSettings withRunHint(RunHint other) {
        return new ComparisonSettings(confidence, threshold, other);
    }

    /** Invocations of each function a phase needs before its rows can compare. */
    @JsonIgnore
    public int minInvocations() {
        return ShiftInterval.minPerSide(confidence);
    }
}
