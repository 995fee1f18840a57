package dev.eigwbench.report.stats;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Hodges–Lehmann shift between two independent samples with its exact Mann–Whitney (Wilcoxon rank-sum)
 * confidence interval: the interval between order statistics of all pairwise differences that the rank-sum test's
 * null distribution puts at the chosen level.
 *
 * <p>Distribution-free: when both samples come from the same distribution the interval excludes zero with
 * probability at most 1 − confidence, whatever the shape (heavy tails included). Because the null distribution is
 * discrete, the interval needs a minimum sample size: at 95 % four values on each side.
 */
public final class ShiftInterval {
    /** Up to this many pairs the null distribution is computed exactly; beyond, its normal approximation. */
    static final int EXACT_PAIRS = 10_000;

    private static final ConcurrentMap<Long, double[]> CUMULATIVE = new ConcurrentHashMap<>();

    /**
     * @param estimateMs median of all pairwise differences x − y
     * @param lowMs lower bound
     * @param highMs upper bound
     */
    public record Result(double estimateMs, double lowMs, double highMs) {}

    private ShiftInterval() {}

    /** The interval for x − y, or empty when the samples are too small to reach {@code confidence}. */
    public static Optional<Result> of(double[] x, double[] y, double confidence) {
        int m = x.length;
        int n = y.length;
        if (m == 0 || n == 0) return Optional.empty();
        int c = excludedPerTail(m, n, (1 - confidence) / 2);
        if (c < 1) return Optional.empty();
        double[] diffs = new double[m * n];
        int k = 0;
        for (double xi : x) {
            for (double yj : y) diffs[k++] = xi - yj;
        }
        Arrays.sort(diffs);
        int mid = diffs.length / 2;
        double estimate = diffs.length % 2 == 1 ? diffs[mid] : (diffs[mid - 1] + diffs[mid]) / 2;
        return Optional.of(new Result(estimate, diffs[c - 1], diffs[diffs.length - c]));
    }

    /** The smallest equal sample size per side that can give an interval at {@code confidence}. */
    public static int minPerSide(double confidence) {
        int n = 1;
        while (excludedPerTail(n, n, (1 - confidence) / 2) < 1) n++;
        return n;
    }

    /** The largest c with P(U ≤ c − 1) ≤ tail under the null, U the Mann–Whitney count of pairs with x > y. */
    static int excludedPerTail(int m, int n, double tail) {
        if ((long) m * n > EXACT_PAIRS) return normalApproximation(m, n, tail);
        double[] cumulative = CUMULATIVE.computeIfAbsent(((long) m << 32) | n, key -> cumulative(m, n));
        int c = 0;
        while (c < cumulative.length && cumulative[c] <= tail + 1e-12) c++;
        return c;
    }

    /**
     * P(U ≤ u) for u = 0 … mn. Recursion on the largest of the m + n values: it is an x with probability
     * i / (i + j), and then exceeds all j y's; only positive terms, so no cancellation or overflow.
     */
    private static double[] cumulative(int m, int n) {
        double[][] previous = new double[n + 1][];
        for (int j = 0; j <= n; j++) previous[j] = new double[] {1};
        for (int i = 1; i <= m; i++) {
            double[][] current = new double[n + 1][];
            current[0] = new double[] {1};
            for (int j = 1; j <= n; j++) {
                double[] p = new double[i * j + 1];
                double xLargest = (double) i / (i + j);
                double[] fromX = previous[j];
                for (int u = 0; u < fromX.length; u++) p[u + j] += xLargest * fromX[u];
                double[] fromY = current[j - 1];
                for (int u = 0; u < fromY.length; u++) p[u] += (1 - xLargest) * fromY[u];
                current[j] = p;
            }
            previous = current;
        }
        double[] density = previous[n];
        double[] cumulative = new double[density.length];
        double sum = 0;
        for (int u = 0; u < density.length; u++) cumulative[u] = sum += density[u];
        return cumulative;
    }

    private static int normalApproximation(int m, int n, double tail) {
        double mean = m * (double) n / 2;
        double sd = Math.sqrt(m * (double) n * (m + n + 1) / 12);
        return (int) Math.floor(mean - upperQuantile(tail) * sd + 0.5);
    }

    /** z with P(Z > z) = tail, by bisection on an erf approximation accurate to 1.5e-7. */
    private static double upperQuantile(double tail) {
        double lo = 0;
        double hi = 10;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (0.5 * erfc(mid / Math.sqrt(2)) > tail) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }

    /** Abramowitz and Stegun 7.1.26, for x ≥ 0. */
    private static double erfc(double x) {
        double t = 1 / (1 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return poly * Math.exp(-x * x);
    }
}
