package dev.eigwbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShiftIntervalTest {
    @Test
    void excludedPerTail_whenTenAndTen_matchesPublishedCriticalValue() {
        // Mann-Whitney tables, two-sided 5 %, n1 = n2 = 10: reject when U <= 23, so 24 differences per tail.
        assertEquals(24, ShiftInterval.excludedPerTail(10, 10, 0.025));
        // n1 = n2 = 5: U <= 2.
        assertEquals(3, ShiftInterval.excludedPerTail(5, 5, 0.025));
    }

    @Test
    void excludedPerTail_whenLargeSamples_normalApproximationAgreesWithExact() {
        int exact = ShiftInterval.excludedPerTail(100, 100, 0.025);
        int approximate = (int) Math.floor(5000 - 1.959964 * Math.sqrt(100 * 100 * 201 / 12.0) + 0.5);
        assertTrue(Math.abs(exact - approximate) <= 2, exact + " vs " + approximate);
    }

    @Test
    void minPerSide_whenNinetyFivePercent_isFour() {
        assertEquals(4, ShiftInterval.minPerSide(0.95));
    }

    @Test
    void of_whenThreeEach_isEmpty() {
        assertTrue(ShiftInterval.of(new double[] {1, 2, 3}, new double[] {4, 5, 6}, 0.95)
                .isEmpty());
    }

    @Test
    void of_whenSeparatedByFive_estimatesFiveAndExcludesZero() {
        var r = ShiftInterval.of(new double[] {10, 11, 12, 13, 14}, new double[] {5, 6, 7, 8, 9}, 0.95)
                .orElseThrow();
        assertEquals(5, r.estimateMs(), 1e-9);
        assertTrue(r.lowMs() > 0 && r.highMs() >= 5, r.toString());
    }
}
