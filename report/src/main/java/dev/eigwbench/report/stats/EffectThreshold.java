package dev.eigwbench.report.stats;

import java.util.Locale;

/**
 * The smallest difference worth calling a finding: the larger of a fixed floor and a share of the metric's median.
 * A 0.02 ms difference can be real and still not matter to anyone choosing a network design.
 *
 * @param minEffectMs the floor, e.g. 1 ms
 * @param minEffectPct the share of the metric's median (both variants pooled), e.g. 10 (%)
 */
public record EffectThreshold(double minEffectMs, double minEffectPct) {
    public static final EffectThreshold DEFAULT = new EffectThreshold(1.0, 10.0);

    public EffectThreshold {
        if (!(minEffectMs >= 0) || Double.isInfinite(minEffectMs)) {
            throw new IllegalArgumentException("--min-effect-ms must be a number >= 0, got " + minEffectMs);
        }
        if (!(minEffectPct >= 0 && minEffectPct <= 1000)) {
            throw new IllegalArgumentException("--min-effect-pct must be between 0 and 1000, got " + minEffectPct);
        }
    }

    /** The threshold for a metric whose typical value is {@code medianMs}. */
    public double forMedian(double medianMs) {
        return Math.max(minEffectMs, Math.abs(medianMs) * minEffectPct / 100);
    }

    /** e.g. "the larger of 1 ms and 10 % of the metric's median". */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "the larger of %s ms and %s %% of the metric's median",
                plain(minEffectMs),
                plain(minEffectPct));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
