package dev.eigwbench.handler.report;

import dev.eigwbench.common.model.LatencyStats;
import java.util.List;

/** Mean, extremes and nearest-rank percentiles (a percentile is always a latency that was measured). */
public final class LatencyStatistics {
    private LatencyStatistics() {}

    public static LatencyStats of(List<Double> samplesMs) {
        if (samplesMs.isEmpty()) {
            return LatencyStats.EMPTY;
        }
        double[] sorted =
                samplesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new LatencyStats(
                sorted.length,
                round(sum / sorted.length),
                round(sorted[0]),
                round(percentile(sorted, 50)),
                round(percentile(sorted, 90)),
                round(percentile(sorted, 99)),
                round(sorted[sorted.length - 1]));
    }

    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Microsecond resolution is plenty and keeps the JSON short. */
    public static double round(double ms) {
        return Math.round(ms * 1000.0) / 1000.0;
    }
}
