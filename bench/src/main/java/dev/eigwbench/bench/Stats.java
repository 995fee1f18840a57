package dev.eigwbench.bench;

import dev.eigwbench.common.stats.Percentile;
import java.util.Arrays;
import java.util.List;

/** The benchmark's statistics: per-call percentiles by the project's one definition, medians per run. */
public final class Stats {
    private Stats() {}

    /** {@link Percentile}'s definition (Hyndman–Fan 7), as in the function's log and the report; p in (0, 100]. */
    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values: need at least one value for a percentile");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("p: must be in (0, 100], got " + p);
        }
        return Percentile.of(sorted(values), p / 100.0);
    }

    /** The middle value, or the mean of the two middle values for an even count. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values: need at least one value for a median");
        }
        double[] sorted = sorted(values);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Median with its spread over repeated runs. */
    public record Spread(double median, double min, double max, int runs) {
        public static final Spread NONE = new Spread(Double.NaN, Double.NaN, Double.NaN, 0);

        public static Spread of(List<Double> values) {
            double[] sorted = sorted(values);
            return new Spread(Stats.median(values), sorted[0], sorted[sorted.length - 1], sorted.length);
        }

        /** e.g. "12.3 (11.9–13.0)"; one decimal below 100, none above. */
        public String format() {
            if (runs == 0) {
                return "n/a";
            }
            return runs == 1 ? number(median) : number(median) + " (" + number(min) + "–" + number(max) + ")";
        }
    }

    public static String number(double value) {
        return Math.abs(value) >= 100 ? String.format("%.0f", value) : String.format("%.1f", value);
    }

    private static double[] sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values: need at least one value");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
