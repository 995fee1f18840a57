package dev.eigwbench.common.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentileTest {
    private static final double[] ONE_TO_HUNDRED =
            IntStream.rangeClosed(1, 100).asDoubleStream().toArray();

    @Test
    void of_whenOneToHundred_matchesNumPysDefault() {
        // numpy.percentile(range(1, 101), [50, 90, 99]) == [50.5, 90.1, 99.01]
        assertEquals(50.5, Percentile.of(ONE_TO_HUNDRED, 0.50), 1e-9);
        assertEquals(90.1, Percentile.of(ONE_TO_HUNDRED, 0.90), 1e-9);
        assertEquals(99.01, Percentile.of(ONE_TO_HUNDRED, 0.99), 1e-9);
    }

    @Test
    void of_whenExtremes_givesMinAndMax() {
        assertEquals(1, Percentile.of(ONE_TO_HUNDRED, 0));
        assertEquals(100, Percentile.of(ONE_TO_HUNDRED, 1));
        assertEquals(7, Percentile.of(new double[] {7}, 0.99));
    }

    @Test
    void of_whenNoSamples_saysSo() {
        var e = assertThrows(IllegalArgumentException.class, () -> Percentile.of(new double[0], 0.5));
        assertEquals("a percentile needs at least one sample", e.getMessage());
    }
}
