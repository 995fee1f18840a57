package dev.eigwbench.report.stats;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * VPC minus public for one metric, from one value per invocation, with its confidence interval and the practical
 * threshold it was judged against.
 *
 * @param statistic how the difference was estimated
 * @param estimateMs the difference (positive: VPC slower)
 * @param ciLowMs lower bound of the interval
 * @param ciHighMs upper bound of the interval
 * @param confidence e.g. 0.95
 * @param baselineMs the public function's median invocation value, the base of the relative size
 * @param thresholdMs differences smaller than this are not findings
 * @param verdict a finding only when the interval excludes zero and the estimate reaches the threshold
 * @param needs for {@link Verdict#INSUFFICIENT_DATA}: what the row needs, e.g. "needs 4 warm invocations of each
 *     function (has 2 and 2); run with `--runs 5`"; otherwise null
 */
public record DifferenceEstimate(
        String statistic,
        double estimateMs,
        double ciLowMs,
        double ciHighMs,
        double confidence,
        double baselineMs,
        double thresholdMs,
        Verdict verdict,
        String needs) {
    public static final String STATISTIC = "Hodges-Lehmann shift of per-invocation values, exact Mann-Whitney interval";

    public DifferenceEstimate {
        if (statistic == null || statistic.isBlank()) throw new IllegalArgumentException("statistic is required");
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 exclusive, got " + confidence);
        }
        if (verdict == null) throw new IllegalArgumentException("verdict is required");
    }

    /** Decides the verdict: the interval must exclude zero and the estimate must reach the threshold. */
    public static DifferenceEstimate judge(
            ShiftInterval.Result shift, double confidence, double baselineMs, double thresholdMs) {
        boolean excludesZero = shift.lowMs() > 0 || shift.highMs() < 0;
        Verdict verdict = !excludesZero || Math.abs(shift.estimateMs()) < thresholdMs
                ? Verdict.NO_MEANINGFUL_DIFFERENCE
                : shift.estimateMs() > 0 ? Verdict.VPC_SLOWER : Verdict.VPC_FASTER;
        return new DifferenceEstimate(
                STATISTIC,
                shift.estimateMs(),
                shift.lowMs(),
                shift.highMs(),
                confidence,
                baselineMs,
                thresholdMs,
                verdict,
                null);
    }

    public static DifferenceEstimate insufficient(double confidence, String needs) {
        return new DifferenceEstimate(STATISTIC, 0, 0, 0, confidence, 0, 0, Verdict.INSUFFICIENT_DATA, needs);
    }

    /** True when the interval excludes zero, whatever the threshold says. */
    @JsonProperty("excludesZero")
    public boolean excludesZero() {
        return verdict != Verdict.INSUFFICIENT_DATA && (ciLowMs > 0 || ciHighMs < 0);
    }

    /** The estimate as a percentage of the public function's value; null when there is no positive baseline. */
    @JsonProperty("relativePct")
    public Double relativePct() {
        return verdict == Verdict.INSUFFICIENT_DATA || !(baselineMs > 0) ? null : estimateMs / baselineMs * 100;
    }

    /**
     * e.g. "VPC slower by 12.30 ms (+8 %), 95% CI [+4.10, +20.20] ms" or "no meaningful difference (within ±1.00
     * ms): +0.40 ms (+3 %), 95% CI [-0.20, +0.90] ms".
     */
    @JsonProperty("text")
    public String text() {
        if (verdict == Verdict.INSUFFICIENT_DATA) return needs == null ? "not enough invocations to compare" : needs;
        String ci = String.format(Locale.ROOT, "%s%% CI [%s, %s] ms", percent(), signed(ciLowMs), signed(ciHighMs));
        return switch (verdict) {
            case VPC_SLOWER -> "VPC slower by " + plain(estimateMs) + " ms" + relative() + ", " + ci;
            case VPC_FASTER -> "VPC faster by " + plain(-estimateMs) + " ms" + relative() + ", " + ci;
            default ->
                "no meaningful difference (within ±" + plain(thresholdMs) + " ms): " + signed(estimateMs)
                        + " ms" + relative() + ", " + ci
                        + (wide()
                                ? "; the interval is wider than ±" + plain(thresholdMs)
                                        + " ms, more invocations would narrow it"
                                : "");
        };
    }

    /** The difference and relative size alone, e.g. "+1.20 ms, +8 %". */
    public String size() {
        if (verdict == Verdict.INSUFFICIENT_DATA) return "-";
        return signed(estimateMs) + " ms" + (relativePct() == null ? "" : ", " + pct(relativePct()));
    }

    private boolean wide() {
        return ciLowMs < -thresholdMs || ciHighMs > thresholdMs;
    }

    private String relative() {
        return relativePct() == null ? "" : " (" + pct(relativePct()) + ")";
    }

    private String percent() {
        double p = confidence * 100;
        return p == Math.rint(p) ? Long.toString(Math.round(p)) : String.format(Locale.ROOT, "%.1f", p);
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, Math.abs(value) < 10 ? "%+.1f %%" : "%+.0f %%", value);
    }

    private static String plain(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    private static String signed(double ms) {
        return String.format(Locale.ROOT, "%+.2f", ms);
    }
}
