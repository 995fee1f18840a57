package dev.eigwbench.common.stats;

/**
 * The project's one percentile definition, used by the function's own statistics and by the report, so a run's p99
 * is the same number in the function's log and in the report: Hyndman–Fan method 7 (linear interpolation between
 * order statistics), the default of R, NumPy and Excel's PERCENTILE.INC, so readers can reproduce it.
 */
public final class Percentile {
    /** Says which definition the report's p50/p90/p99 columns use. */
    public static final String DEFINITION = "p50, p90 and p99 interpolate linearly between the sorted samples"
            + " (Hyndman–Fan 7, the default of R and NumPy); the function's own log uses the same definition";

    private Percentile() {}

    /**
     * @param sorted samples in ascending order, at least one
     * @param p the quantile, 0..1 (0.99 for p99)
     */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("a percentile needs at least one sample");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be from 0 to 1, got " + p);
        }
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }
}
