package dev.eigwbench.lab;

import static dev.eigwbench.lab.LabTestSupport.results;
import static dev.eigwbench.lab.LabTestSupport.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The path laptops without root take: both functions on loopback, said plainly at the top of the report. Also the
 * lab's minimal runtime ({@code --runtime local}); the namespaced tests use Lambda's runtime interface client.
 */
class LabLoopbackTest extends LabRunFixture {
    LabLoopbackTest() {
        super(LabOptions.NetworkMode.LOOPBACK, 1, 3, true, LabOptions.FunctionRuntime.LOCAL);
    }

    @Test
    void run_whenLoopback_bothFunctionsCompleteEveryStep() {
        assertBothFunctionsSucceeded();
    }

    @Test
    void run_whenLoopback_reportSaysNoSimulationBeforeAnyNumbers() throws Exception {
        var text = Files.readString(outcome.files().text());
        int note = text.indexOf("NO NETWORK SIMULATION");
        assertTrue(note > 0, text);
        assertTrue(note < text.indexOf("(ms)"), "the note must come before the tables");
    }

    @Test
    void run_whenLoopback_everyInvocationHasAReportLineAndTheReportPricesBothPaths() {
        for (var record : outcome.report().records()) {
            assertNotNull(record.lambdaReport(), record.variant().id() + " has no REPORT line");
            assertTrue(record.lambdaReport().billedDurationMs() > 0);
            assertTrue(record.lambdaReport().maxMemoryUsedMb() > 0);
        }
        assertNotNull(outcome.report().cost(), "the lab's report carries the cost section");
    }

    @Test
    void run_whenLoopbackAndPreferIPv6_dualStackNamesStillUseIPv6() {
        assertEquals(
                "IPv6",
                step(results(outcome, Variant.VPC).get(0), Step.SQS_SEND)
                        .network()
                        .family()
                        .id());
    }
}
