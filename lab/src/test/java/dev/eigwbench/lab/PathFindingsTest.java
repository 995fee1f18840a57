package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.ErrorCount;
import dev.eigwbench.common.model.LatencyStats;
import dev.eigwbench.common.model.NetworkPath;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.report.InvocationRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathFindingsTest {
    @Test
    void of_whenEveryStepOnItsIntendedFamily_saysSoOncePerFunction() {
        var records = List.of(record(Variant.VPC, step(Step.SQS_SEND, "IPv6", 20, 0)), record(Variant.PUBLIC));
        assertEquals(
                List.of(
                        "vpc: every step ended on its intended path (SQS and HTTP over IPv6 through the egress-only"
                                + " gateway, DynamoDB and S3 over IPv4 through the gateway endpoints)",
                        "public: every step ended on its intended path (all over IPv4)"),
                PathFindings.of(records, true));
    }

    @Test
    void of_whenDualStackStepWentOverIPv4_namesStepAndFamilies() {
        var records = List.of(record(Variant.VPC, step(Step.HTTP_GET, "IPv4", 20, 0)));
        assertEquals(
                "vpc: http-get went over IPv4 (expected IPv6)",
                PathFindings.of(records, true).get(0));
    }

    @Test
    void of_whenSlowFirstCallFellBackToTheNextAddress_reportsTheTimeoutPaid() {
        var records = List.of(record(Variant.VPC, step(Step.SQS_SEND, "IPv6", 1137.4, 0, "198.18.1.12", "fd::12")));
        assertEquals(
                "vpc run 1, sqs-send: first call took 1137 ms: it tried 198.18.1.12 first and waited out the connect"
                        + " timeout before fd::12 answered",
                PathFindings.of(records, false).get(0));
    }

    @Test
    void of_whenSlowFirstCallOnTheFirstAddress_reportsNothing() {
        var records = List.of(record(Variant.VPC, step(Step.S3_PUT, "IPv4", 789, 0, "198.18.1.13", "198.18.1.13")));
        assertEquals(List.of(), PathFindings.of(records, false));
    }

    @Test
    void of_whenCallsFailed_reportsCountAndSample() {
        var records = List.of(record(Variant.VPC, step(Step.SQS_SEND, "none", 2000, 3)));
        assertEquals(
                "vpc run 1, sqs-send: 3 of 3 calls failed (SdkClientException: connect timed out)",
                PathFindings.of(records, false).get(0));
    }

    private static InvocationRecord record(Variant variant, StepResult... steps) {
        var result = new BenchmarkResult(
                BenchmarkResult.SCHEMA,
                variant.id(),
                RunStatus.COMPLETE,
                "run",
                3,
                List.of(steps),
                100,
                null,
                null,
                null);
        return new InvocationRecord(variant, 0, true, result, null, InvocationRecord.SOURCE_LAB);
    }

    private static StepResult step(Step step, String family, double firstCallMs, int errors) {
        return step(step, family, firstCallMs, errors, "198.18.1.1", "198.18.1.1");
    }

    private static StepResult step(
            Step step, String family, double firstCallMs, int errors, String firstResolved, String connected) {
        var errorTypes = errors == 0
                ? List.<ErrorCount>of()
                : List.of(new ErrorCount("SdkClientException", errors, "connect timed out"));
        return new StepResult(
                step.id(),
                3,
                errors,
                errorTypes,
                firstCallMs + 10,
                firstCallMs,
                LatencyStats.EMPTY,
                LatencyStats.EMPTY,
                List.of(),
                new NetworkPath(step.humanLabel(), List.of(firstResolved, "fd::1"), connected, family),
                true,
                null);
    }
}
