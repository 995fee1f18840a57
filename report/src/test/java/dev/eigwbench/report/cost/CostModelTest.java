package dev.eigwbench.report.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.Variant;
import dev.eigwbench.report.Fixtures;
import dev.eigwbench.report.LambdaReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostModelTest {
    private static final LambdaPrice ARM = PriceCatalog.lambdaArm64("us-east-1").orElseThrow();
    private static final NatGatewayPrice NAT =
            PriceCatalog.natGateway("us-east-1").orElseThrow();

    @Test
    void invocationUsd_whenSeedVpcReportLine_isGbSecondsTimesPricePlusRequest() {
        // Seed blog: Billed Duration 7014 ms at 1024 MB = 7.014 GB-s.
        double expected = 7.014 * 0.0000133334 + 0.20 / 1_000_000;
        assertEquals(expected, CostModel.invocationUsd(ARM, 7014, 1024), 1e-15);
    }

    @Test
    void invocationUsd_whenHalfGigabyte_halvesCompute() {
        double expected = 0.1 * 0.5 * 0.0000133334 + 0.0000002;
        assertEquals(expected, CostModel.invocationUsd(ARM, 100, 512), 1e-15);
    }

    @Test
    void nat_whenTwoAzsAndHundredGb_addsHoursIpv4AndProcessing() {
        NatComparison n = CostModel.nat(NAT, 2, 100);
        assertEquals(65.70, n.natHourlyUsd(), 1e-9); // 2 × 730 h × $0.045
        assertEquals(7.30, n.natPublicIpv4Usd(), 1e-9); // 2 × 730 h × $0.005
        assertEquals(4.50, n.natProcessingUsd(), 1e-9); // 100 GB × $0.045
        assertEquals(77.50, n.natMonthlyUsd(), 1e-9);
        assertEquals(77.50, n.monthlySavingsUsd(), 1e-9);
        assertEquals(0, n.egressOnlyGatewayMonthlyUsd());
    }

    @Test
    void of_whenSnapStartRestoreBilled_addsBilledRestoreDuration() {
        var restored = new LambdaReport("r", 100, 100, 2048, 200, null, 300.0, 400.0);
        var record = Fixtures.run(Variant.VPC, 0, true, 5, restored);
        var cost = CostModel.of(List.of(record), new CostInputs(ARM, NAT, 2, 0));
        LambdaCost c = cost.lambda().get(0);
        assertEquals(500, c.meanBilledMs(), 1e-9);
        assertEquals(0.5 * 2 * 0.0000133334 + 0.0000002, c.meanUsdPerInvocation(), 1e-15);
    }

    @Test
    void of_always_statesPriceDateInNotes() {
        var cost = CostModel.of(List.of(), new CostInputs(ARM, NAT, 1, 10));
        assertTrue(
                cost.notes().get(0).contains(PriceCatalog.AS_OF), cost.notes().get(0));
    }

    @Test
    void lambdaArm64_whenRegionUnknown_isEmpty() {
        assertTrue(PriceCatalog.lambdaArm64("mars-north-1").isEmpty());
    }
}
