package dev.eigwbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.report.Fixtures;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    private static double[] samples(long seed, double base) {
        return Fixtures.samples(seed, 200, base, 4.0).stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    @Test
    void medianDifference_whenSameSeed_givesIdenticalInterval() {
        var a = Bootstrap.DEFAULT.medianDifference(samples(1, 10), samples(2, 10), 7);
        var b = Bootstrap.DEFAULT.medianDifference(samples(1, 10), samples(2, 10), 7);
        assertEquals(a, b);
    }

    @Test
    void medianDifference_whenOtherStream_drawsOtherResamples() {
        var a = Bootstrap.DEFAULT.medianDifference(samples(1, 10), samples(2, 10), 7);
        var b = Bootstrap.DEFAULT.medianDifference(samples(1, 10), samples(2, 10), 8);
        assertNotEquals(a.ciLowMs(), b.ciLowMs());
    }

    @Test
    void medianDifference_whenVpcShiftedByTen_reportsSlowerWithIntervalAroundTen() {
        var d = Bootstrap.DEFAULT.medianDifference(samples(1, 20), samples(2, 10), 1);
        assertEquals(Verdict.VPC_SLOWER, d.verdict());
        assertTrue(d.ciLowMs() > 8.5 && d.ciLowMs() <= d.estimateMs(), "low bound " + d.ciLowMs());
        assertTrue(d.ciHighMs() < 11.5 && d.ciHighMs() >= d.estimateMs(), "high bound " + d.ciHighMs());
    }

    @Test
    void medianDifference_whenVpcFaster_reportsFaster() {
        var d = Bootstrap.DEFAULT.medianDifference(samples(1, 10), samples(2, 20), 1);
        assertEquals(Verdict.VPC_FASTER, d.verdict());
    }

    @Test
    void medianDifference_whenSameDistribution_reportsNoSignificantDifference() {
        var d = Bootstrap.DEFAULT.medianDifference(samples(1, 10), samples(2, 10), 1);
        assertEquals(Verdict.NO_SIGNIFICANT_DIFFERENCE, d.verdict());
        assertTrue(d.ciLowMs() < 0 && d.ciHighMs() > 0);
    }

    @Test
    void medianDifference_whenTooFewSamples_reportsInsufficientData() {
        var d = Bootstrap.DEFAULT.medianDifference(new double[] {1, 2}, samples(2, 10), 1);
        assertEquals(Verdict.INSUFFICIENT_DATA, d.verdict());
        assertEquals("not enough samples to compare", d.text());
    }

    @Test
    void text_whenSlower_statesAmountAndInterval() {
        var d = new DifferenceEstimate("median", 12.345, 4.1, 20.2, 0.95, 2000, 1, Verdict.VPC_SLOWER);
        assertEquals("VPC slower by 12.35 ms, 95% CI [+4.10, +20.20]", d.text());
    }

    @Test
    void text_whenNoDifference_saysSoWithSignedEstimate() {
        var d = new DifferenceEstimate("median", -0.4, -1.5, 0.7, 0.95, 2000, 1, Verdict.NO_SIGNIFICANT_DIFFERENCE);
        assertEquals("no significant difference (-0.40 ms, 95% CI [-1.50, +0.70])", d.text());
    }

    @Test
    void constructor_whenConfidenceOutOfRange_namesTheField() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Bootstrap(2000, 1.5, 1, 5));
        assertTrue(e.getMessage().startsWith("confidence"), e.getMessage());
    }
}
