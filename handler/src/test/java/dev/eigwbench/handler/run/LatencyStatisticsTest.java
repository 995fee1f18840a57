package dev.eigwbench.handler.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.common.model.LatencyStats;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencyStatisticsTest {
    @Test
    void of_whenOneToHundred_givesTheReportsPercentiles() {
        List<Double> samples =
                IntStream.rangeClosed(1, 100).mapToObj(i -> (double) (101 - i)).toList();

        assertEquals(new LatencyStats(100, 50.5, 1, 50.5, 90.1, 99.01, 100), LatencyStatistics.of(samples));
    }

    @Test
    void of_whenNoSamples_isEmpty() {
        assertEquals(LatencyStats.EMPTY, LatencyStatistics.of(List.of()));
    }
}
