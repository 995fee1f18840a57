package dev.eigwbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stats' own work (percent scale, sorting, errors, medians, spreads); the interpolation is PercentileTest's (common). */
class StatsTest {
    @Test
    void percentile_whenUnsorted_sortsFirst() {
        assertEquals(3.0, Stats.percentile(List.of(5.0, 1.0, 3.0, 2.0, 4.0), 50));
    }

    @Test
    void percentile_whenFewValues_p99IsNearTheMaximum() {
        assertEquals(8.86, Stats.percentile(List.of(1.0, 9.0, 2.0), 99), 1e-9);
    }

    @Test
    void percentile_whenEmpty_errorNamesTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> Stats.percentile(List.of(), 50));
        assertTrue(e.getMessage().startsWith("values:"), e.getMessage());
    }

    @Test
    void percentile_whenPOutOfRange_errorNamesP() {
        var e = assertThrows(IllegalArgumentException.class, () -> Stats.percentile(List.of(1.0), 0));
        assertTrue(e.getMessage().startsWith("p:"), e.getMessage());
    }

    @Test
    void median_whenOddCount_isTheMiddleValue() {
        assertEquals(7.0, Stats.median(List.of(9.0, 7.0, 1.0)));
    }

    @Test
    void median_whenEvenCount_isTheMeanOfTheMiddleTwo() {
        assertEquals(5.0, Stats.median(List.of(8.0, 2.0, 4.0, 6.0)));
    }

    @Test
    void spread_whenFiveRuns_keepsMedianMinAndMax() {
        var spread = Stats.Spread.of(List.of(12.0, 10.0, 30.0, 11.0, 13.0));
        assertEquals(new Stats.Spread(12.0, 10.0, 30.0, 5), spread);
    }

    @Test
    void format_whenSeveralRuns_showsMedianAndRange() {
        assertEquals("12.0 (10.0–130)", new Stats.Spread(12, 10, 130, 5).format());
    }

    @Test
    void format_whenNoRuns_saysNotAvailable() {
        assertEquals("n/a", Stats.Spread.NONE.format());
    }
}
