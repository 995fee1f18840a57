package dev.eigwbench.report.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * VPC minus public, for one statistic, with a bootstrap percentile confidence interval.
 *
 * @param statistic which statistic was differenced, e.g. "median"
 * @param estimateMs the difference on the observed samples (positive: VPC slower)
 * @param ciLowMs lower bound of the interval
 * @param ciHighMs upper bound of the interval
 * @param confidence e.g. 0.95
 * @param resamples bootstrap resamples drawn
 * @param seed the generator seed, so anyone can reproduce the interval from the raw samples
 * @param verdict whether the interval excludes zero, and on which side
 */
public record DifferenceEstimate(
        String statistic,
        double estimateMs,
        double ciLowMs,
        double ciHighMs,
        double confidence,
        int resamples,
        long seed,
        Verdict verdict) {
    public DifferenceEstimate {
        if (statistic == null || statistic.isBlank()) throw new IllegalArgumentException("statistic is required");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 exclusive, got " + confidence);
        }
        if (verdict == null) throw new IllegalArgumentException("verdict is required");
    }

    public static DifferenceEstimate insufficient(String statistic, double confidence, int resamples, long seed) {
        return new DifferenceEstimate(statistic, 0, 0, 0, confidence, resamples, seed, Verdict.INSUFFICIENT_DATA);
    }

    /** e.g. "VPC slower by 12.3 ms, 95% CI [4.1, 20.2]" or "no significant difference (+0.4 ms, 95% CI …)". */
    @JsonProperty("text")
    public String text() {
        String ci = String.format(Locale.ROOT, "%s%% CI [%s, %s]", percent(), signed(ciLowMs), signed(ciHighMs));
        return switch (verdict) {
            case INSUFFICIENT_DATA -> "not enough samples to compare";
            case NO_SIGNIFICANT_DIFFERENCE -> "no significant difference (" + signed(estimateMs) + " ms, " + ci + ")";
            case VPC_SLOWER -> "VPC slower by " + plain(estimateMs) + " ms, " + ci;
            case VPC_FASTER -> "VPC faster by " + plain(-estimateMs) + " ms, " + ci;
        };
    }

    private String percent() {
        double p = confidence * 100;
        return p == Math.rint(p) ? Long.toString(Math.round(p)) : String.format(Locale.ROOT, "%.1f", p);
    }

    private static String plain(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    private static String signed(double ms) {
        return String.format(Locale.ROOT, "%+.2f", ms);
    }
}
