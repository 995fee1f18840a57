package dev.eigwbench.report.stats;

import dev.eigwbench.common.stats.Percentile;
import java.util.Arrays;
import java.util.Collection;
import org.apache.commons.statistics.descriptive.Max;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Min;

/**
 * Latency statistics over a set of samples, in milliseconds; all zero when {@code count} is 0.
 *
 * <p>Percentiles by the project's one definition, {@link Percentile} (Hyndman–Fan 7, the default of R and NumPy),
 * the same as the function's own statistics, so readers can reproduce them with their own tools.
 *
 * @param trimmedMean the mean after dropping {@link #TRIM_FRACTION} of the samples at each end: outliers such as
 *     a GC pause move it far less than the mean
 */
public record SummaryStats(
        int count, double mean, double trimmedMean, double min, double p50, double p90, double p99, double max) {
    public static final double TRIM_FRACTION = 0.10;
    public static final SummaryStats EMPTY = new SummaryStats(0, 0, 0, 0, 0, 0, 0, 0);

    public SummaryStats {
        if (count < 0) throw new IllegalArgumentException("count must be >= 0, got " + count);
    }

    public static SummaryStats of(Collection<Double> samples) {
        return of(samples.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static SummaryStats of(double[] samples) {
        if (samples.length == 0) return EMPTY;
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new SummaryStats(
                sorted.length,
                Mean.of(sorted).getAsDouble(),
                trimmedMean(sorted, TRIM_FRACTION),
                Min.of(sorted).getAsDouble(),
                Percentile.of(sorted, 0.50),
                Percentile.of(sorted, 0.90),
                Percentile.of(sorted, 0.99),
                Max.of(sorted).getAsDouble());
    }

    /** Mean of the sorted samples after dropping floor(n × fraction) from each end. */
    static double trimmedMean(double[] sorted, double fraction) {
        int cut = (int) Math.floor(sorted.length * fraction);
        return Mean.ofRange(sorted, cut, sorted.length - cut).getAsDouble();
    }
}
