package dev.eigwbench.lab;

import static dev.eigwbench.lab.LabTestSupport.results;
import static dev.eigwbench.lab.LabTestSupport.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.StepResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The blog's problem reproduced: without preferIPv6Addresses the vpc function tries IPv4 first for dual-stack
 * names, and IPv4 without NAT is black-holed, so those steps fail after the timeout or pay it before falling back.
 */
class LabWithoutPreferIPv6Test extends LabRunFixture {
    /** Well below any connect timeout a client would use, well above a loopback-like call in a namespace. */
    private static final double PAID_A_TIMEOUT_MS = 500;

    LabWithoutPreferIPv6Test() {
        super(LabOptions.NetworkMode.NAMESPACES, 1, 2, false, LabOptions.FunctionRuntime.RIC);
    }

    @Test
    void run_whenPreferIPv6Off_vpcDualStackStepsFailOrPayTheTimeout() {
        var result = results(outcome, Variant.VPC).get(0);
        for (var step : List.of(Step.SQS_SEND, Step.HTTP_GET)) {
            var s = step(result, step);
            assertTrue(failedOrSlow(s), "vpc " + step.id() + " neither failed nor paid a timeout: " + s);
        }
    }

    @Test
    void run_whenPreferIPv6Off_vpcResolvesDualStackNamesIPv4First() {
        var result = results(outcome, Variant.VPC).get(0);
        for (var step : List.of(Step.SQS_SEND, Step.HTTP_GET)) {
            var resolved = step(result, step).network().resolved();
            assertTrue(!resolved.isEmpty() && !resolved.get(0).contains(":"), step.id() + " resolved " + resolved);
        }
    }

    @Test
    void run_whenPreferIPv6Off_vpcGatewayEndpointStepsStillSucceed() {
        var result = results(outcome, Variant.VPC).get(0);
        for (var step : List.of(Step.DYNAMODB_PUT, Step.DYNAMODB_QUERY, Step.S3_PUT, Step.S3_LIST)) {
            assertEquals(0, step(result, step).errors(), "vpc " + step.id());
        }
    }

    @Test
    void run_whenPreferIPv6Off_publicIsUnaffected() {
        assertEveryStepSucceeded(Variant.PUBLIC);
    }

    @Test
    void run_whenPreferIPv6Off_reportSaysSo() {
        assertTrue(outcome.consoleReport().contains("--no-prefer-ipv6"), outcome.consoleReport());
    }

    @Test
    void run_whenPreferIPv6Off_reportLeadsWithTheStepsThatPaidOrFailed() {
        var headline = outcome.report().headline();
        String text = outcome.consoleReport();
        for (var step : List.of(Step.SQS_SEND, Step.HTTP_GET)) {
            assertTrue(
                    headline.stream()
                            .anyMatch(
                                    f -> f.variant() == Variant.VPC && f.step().equals(step.id())),
                    step.id() + " missing from " + headline);
            int at = text.indexOf("vpc " + step.id() + ", run");
            assertTrue(at > 0 && at < text.indexOf("source:"), "the finding must lead the report:\n" + text);
        }
    }

    private static boolean failedOrSlow(StepResult s) {
        return s.errors() > 0 || s.firstCallMs() >= PAID_A_TIMEOUT_MS;
    }
}
