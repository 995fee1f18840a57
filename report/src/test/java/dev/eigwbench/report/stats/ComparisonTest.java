package dev.eigwbench.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.Variant;
import dev.eigwbench.report.Fixtures;
import dev.eigwbench.report.InvocationRecord;
import dev.eigwbench.report.LambdaReport;
import dev.eigwbench.report.Phase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static List<InvocationRecord> records() {
        var records = new ArrayList<InvocationRecord>();
        var cold = new LambdaReport("c", 900, 900, 1024, 150, 450.0, null, null);
        records.add(Fixtures.run(Variant.VPC, 0, true, 40, cold));
        records.add(Fixtures.run(Variant.PUBLIC, 0, true, 30, cold));
        for (int i = 1; i <= 5; i++) {
            records.add(Fixtures.run(Variant.VPC, i, false, 9, Fixtures.warmReport(400 + i)));
            records.add(Fixtures.run(Variant.PUBLIC, i, false, 6, Fixtures.warmReport(380 + i)));
        }
        return records;
    }

    private static MetricComparison find(Comparison c, Phase phase, String metric) {
        return c.inPhase(phase).stream()
                .filter(m -> m.metric().equals(metric))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + metric + " in " + phase));
    }

    @Test
    void of_whenColdAndWarmRuns_keepsThemApart() {
        var c = Comparison.of(records());
        var warm = find(c, Phase.WARM, "dynamodb-put");
        var cold = find(c, Phase.COLD, "dynamodb-put");
        assertEquals(5, warm.vpc().invocations());
        assertEquals(250, warm.vpc().calls());
        assertEquals(1, cold.vpc().invocations());
        assertTrue(cold.vpc().stats().min() >= 40);
    }

    @Test
    void of_whenStepsSampled_labelsStepWithSeedWording() {
        assertEquals(
                "fill database (dynamodb-put)",
                find(Comparison.of(records()), Phase.WARM, "dynamodb-put").label());
    }

    @Test
    void of_whenVpcThreeMillisecondsSlower_verdictSaysSlowerWithRelativeSize() {
        var warm = find(Comparison.of(records()), Phase.WARM, "dynamodb-put");
        assertEquals(Verdict.VPC_SLOWER, warm.difference().verdict());
        assertTrue(
                warm.difference().text().matches("VPC slower by [23]\\.\\d\\d ms \\(\\+4\\d %\\), 95% CI .*"),
                warm.difference().text());
    }

    @Test
    void of_whenDifferenceBelowThreshold_saysNoMeaningfulDifference() {
        var settings = ComparisonSettings.DEFAULT.withThreshold(new EffectThreshold(5, 0));
        var warm = find(Comparison.of(records(), settings), Phase.WARM, "dynamodb-put");
        assertEquals(Verdict.NO_MEANINGFUL_DIFFERENCE, warm.difference().verdict());
        assertTrue(warm.difference().excludesZero(), "significant, but smaller than what matters");
        assertTrue(
                warm.difference().text().startsWith("no meaningful difference (within ±5.00 ms): +2.9"),
                warm.difference().text());
    }

    @Test
    void of_whenOneColdStartEach_rowSaysWhatItNeedsInTheCallersWords() {
        var settings = ComparisonSettings.DEFAULT.withRunHint(
                (phase, n) -> "run with `--" + (phase == Phase.COLD ? "cold-starts" : "invocations") + " " + n + "`");
        var cold = find(Comparison.of(records(), settings), Phase.COLD, "dynamodb-put");
        assertEquals(Verdict.INSUFFICIENT_DATA, cold.difference().verdict());
        assertEquals(
                "needs 4 cold invocations of each function (has 1 and 1); run with `--cold-starts 4`",
                cold.difference().text());
    }

    @Test
    void of_whenFiveWarmRunsEach_handlerTotalCompares() {
        var total = find(Comparison.of(records()), Phase.WARM, Comparison.METRIC_HANDLER_TOTAL);
        assertEquals(Verdict.VPC_SLOWER, total.difference().verdict());
        assertEquals(5, total.vpc().invocationValuesMs().size());
    }

    @Test
    void of_whenStepsRan_comparesEachStepsFirstCallAsItsOwnMetric() {
        var first = find(Comparison.of(records()), Phase.WARM, "dynamodb-put" + Comparison.FIRST_CALL_SUFFIX);
        assertEquals("first call: fill database (dynamodb-put)", first.label());
        assertEquals(5, first.vpc().invocationValuesMs().size());
    }

    @Test
    void of_whenManyCallsPerRun_comparesOneValuePerInvocation() {
        var warm = find(Comparison.of(records()), Phase.WARM, "dynamodb-put");
        assertEquals(5, warm.vpc().invocationValuesMs().size());
        assertEquals(250, warm.vpc().stats().count());
    }

    @Test
    void of_whenRunsCarryNetworkPaths_collectsAddressFamilies() {
        var warm = find(Comparison.of(records()), Phase.WARM, "dynamodb-put");
        assertEquals(List.of("IPv6"), warm.vpc().addressFamilies());
        assertEquals(List.of("IPv4"), warm.publicVariant().addressFamilies());
    }

    @Test
    void of_whenReportLinesPresent_addsDurationAndStartupMetrics() {
        var c = Comparison.of(records());
        assertEquals(
                403,
                find(c, Phase.WARM, Comparison.METRIC_LAMBDA_DURATION)
                        .vpc()
                        .stats()
                        .p50(),
                1e-9);
        assertEquals(
                450,
                find(c, Phase.COLD, Comparison.METRIC_STARTUP).vpc().stats().p50(),
                1e-9);
        assertTrue(c.inPhase(Phase.WARM).stream().noneMatch(m -> m.metric().equals(Comparison.METRIC_STARTUP)));
    }

    @Test
    void of_whenRunFailed_excludesItAndListsTheReason() {
        var records = records();
        records.add(new InvocationRecord(
                Variant.VPC, 9, false, null, null, "Unhandled: Task timed out", InvocationRecord.SOURCE_LAMBDA));
        var c = Comparison.of(records);
        assertEquals(List.of("vpc #9 (warm): Unhandled: Task timed out"), c.failures());
        assertEquals(5, find(c, Phase.WARM, "dynamodb-put").vpc().invocations());
    }
}
