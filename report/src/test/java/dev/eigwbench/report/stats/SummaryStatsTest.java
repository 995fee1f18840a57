package dev.eigwbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SummaryStatsTest {
    private static final double[] SKEWED = {5, 3, 1, 100, 2, 4, 6, 8, 7, 9};

    @Test
    void of_whenSkewedSamples_quantilesFollowHyndmanFan7() {
        SummaryStats s = SummaryStats.of(SKEWED);
        assertEquals(10, s.count());
        assertEquals(5.5, s.p50(), 1e-9);
        assertEquals(18.1, s.p90(), 1e-9); // 9 + 0.1 × (100 − 9)
        assertEquals(91.81, s.p99(), 1e-9); // 9 + 0.91 × (100 − 9)
    }

    @Test
    void of_whenSkewedSamples_meanMinMaxAreExact() {
        SummaryStats s = SummaryStats.of(SKEWED);
        assertEquals(14.5, s.mean(), 1e-9);
        assertEquals(1, s.min(), 0);
        assertEquals(100, s.max(), 0);
    }

    @Test
    void of_whenOutlierPresent_trimmedMeanDropsTenPercentEachEnd() {
        assertEquals(5.5, SummaryStats.of(SKEWED).trimmedMean(), 1e-9); // mean of 2..9
    }

    @Test
    void of_whenNoSamples_returnsEmpty() {
        assertEquals(SummaryStats.EMPTY, SummaryStats.of(new double[0]));
    }

    @Test
    void of_whenOneSample_everyStatisticIsThatSample() {
        SummaryStats s = SummaryStats.of(new double[] {7.25});
        assertEquals(new SummaryStats(1, 7.25, 7.25, 7.25, 7.25, 7.25, 7.25, 7.25), s);
    }
}
