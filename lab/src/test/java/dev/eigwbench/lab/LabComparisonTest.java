package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.report.Design;
import dev.eigwbench.report.Phase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabComparisonTest {
    @Test
    void header_whenAaRun_marksTheReportForItsCalibrationLine() {
        assertEquals(Design.AA, LabComparison.header(Map.of(), List.of(), true).design());
        assertEquals(Design.AB, LabComparison.header(Map.of(), List.of(), false).design());
    }

    @Test
    void runHint_whenWarmRowsNeedFourEach_namesTheLabsOwnFlag() {
        assertEquals("run with `--runs 5`", LabComparison.RUN_HINT.howToGet(Phase.WARM, 4));
        assertTrue(LabComparison.RUN_HINT.howToGet(Phase.COLD, 4).contains("--cold-starts 4"));
    }

    @Test
    void defaults_whenNoFlags_giveEachFunctionEnoughWarmInvocationsToCompare() {
        // One cold start, then runs - 1 warm invocations; the report compares a phase from 4 invocations each.
        assertTrue(LabOptions.defaults().runs() - 1 >= 4, "warm invocations per function at the defaults");
    }
}
