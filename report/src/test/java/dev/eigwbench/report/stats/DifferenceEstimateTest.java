package dev.eigwbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DifferenceEstimateTest {
    @Test
    void judge_whenIntervalExcludesZeroAndEstimateReachesThreshold_isAFinding() {
        var d = DifferenceEstimate.judge(new ShiftInterval.Result(1.2, 0.6, 1.9), 0.95, 15, 1);
        assertEquals(Verdict.VPC_SLOWER, d.verdict());
        assertEquals("VPC slower by 1.20 ms (+8.0 %), 95% CI [+0.60, +1.90] ms", d.text());
        assertEquals("+1.20 ms, +8.0 %", d.size());
    }

    @Test
    void judge_whenTinyButSignificant_isNoMeaningfulDifference() {
        var d = DifferenceEstimate.judge(new ShiftInterval.Result(0.02, 0.01, 0.05), 0.95, 6, 1);
        assertEquals(Verdict.NO_MEANINGFUL_DIFFERENCE, d.verdict());
        assertEquals(
                "no meaningful difference (within ±1.00 ms): +0.02 ms (+0.3 %), 95% CI [+0.01, +0.05] ms", d.text());
    }

    @Test
    void judge_whenIntervalIncludesZeroAndIsWide_saysMoreInvocationsWouldNarrowIt() {
        var d = DifferenceEstimate.judge(new ShiftInterval.Result(-3, -8, 2), 0.95, 40, 4);
        assertEquals(Verdict.NO_MEANINGFUL_DIFFERENCE, d.verdict());
        assertTrue(
                d.text().endsWith("the interval is wider than ±4.00 ms, more invocations would narrow it"), d.text());
    }

    @Test
    void judge_whenFasterBeyondThreshold_saysFasterWithNegativeRelativeSize() {
        var d = DifferenceEstimate.judge(new ShiftInterval.Result(-30, -45, -12), 0.95, 120, 12);
        assertEquals(Verdict.VPC_FASTER, d.verdict());
        assertTrue(d.text().startsWith("VPC faster by 30.00 ms (-25 %)"), d.text());
    }
}
