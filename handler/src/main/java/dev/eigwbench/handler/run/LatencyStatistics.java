package dev.eigwbench.handler.run;

import dev.eigwbench.common.model.LatencyStats;
import dev.eigwbench.common.stats.Percentile;
import java.util.List;

/** Mean, extremes and percentiles by the project's one definition ({@link Percentile}), as the report computes them. */
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
                round(Percentile.of(sorted, 0.50)),
                round(Percentile.of(sorted, 0.90)),
                round(Percentile.of(sorted, 0.99)),
                round(sorted[sorted.length - 1]));
    }

    /** Microsecond resolution is plenty and keeps the JSON short. */
    public static double round(double ms) {
        return Math.round(ms * 1000.0) / 1000.0;
    }
}
