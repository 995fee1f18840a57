package dev.eigwbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.AddressFamily;
import dev.eigwbench.common.model.ErrorCount;
import dev.eigwbench.common.model.LatencyStats;
import dev.eigwbench.common.model.NetworkPath;
import dev.eigwbench.common.model.StepResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathFindingsTest {
    @Test
    void intendedPaths_whenEveryStepOnItsIntendedFamily_saysSoOncePerFunction() {
        var records = List.of(record(Variant.VPC, 0, step(Step.SQS_SEND, "IPv6", 20, 0)), record(Variant.PUBLIC, 0));
        assertEquals(
                List.of(
                        "vpc: every step ended on its intended path (SQS and HTTP over IPv6 through the egress-only"
                                + " gateway, DynamoDB and S3 over IPv4 through the gateway endpoints)",
                        "public: every step ended on its intended path (all over IPv4)"),
                PathFindings.intendedPaths(records, true));
    }

    @Test
    void intendedPaths_whenDualStackStepWentOverIPv4_namesStepAndFamilies() {
        var records = List.of(record(Variant.VPC, 0, step(Step.HTTP_GET, "IPv4", 20, 0)));
        assertEquals(
                "vpc: http-get went over IPv4 (expected IPv6)",
                PathFindings.intendedPaths(records, true).get(0));
    }

    @Test
    void intendedPaths_whenPathReachedOnlyAfterATimeout_doesNotReadAsAllGood() {
        var records = List.of(record(Variant.VPC, 0, step(Step.SQS_SEND, "IPv6", 1137.4, 0, "198.18.1.12", "fd::12")));
        String line = PathFindings.intendedPaths(records, true).get(0);
        assertTrue(line.contains("but sqs-send reached it only after losing time on another address"), line);
    }

    @Test
    void headline_whenSlowFirstCallFellBackToTheNextAddress_namesStepTimeLostAndCause() {
        var records = new ArrayList<InvocationRecord>();
        for (int run = 0; run < 3; run++) {
            records.add(record(Variant.VPC, run, step(Step.SQS_SEND, "IPv6", 1137.4, 0, "198.18.1.12", "fd::12")));
        }
        var headline = PathFindings.headline(records);
        assertEquals(1, headline.size());
        assertEquals(NetworkFinding.Kind.CONNECT_TIMEOUT, headline.get(0).kind());
        assertEquals(
                "vpc sqs-send, runs 1, 2, 3 of 3: the first call took 1137 ms, about 1132 ms lost waiting out the"
                        + " connect timeout: it tried 198.18.1.12 first, which never answered, before fd::12 did (the"
                        + " name resolved IPv4 first and IPv4 does not get out; java.net.preferIPv6Addresses=true"
                        + " makes the JVM try IPv6 first).",
                headline.get(0).text());
    }

    @Test
    void headline_whenFallbackCostNothing_staysQuiet() {
        // An unreachable IPv6 route fails at once: the fallback is not the blog's failure.
        var records = List.of(record(Variant.PUBLIC, 0, step(Step.SQS_SEND, "IPv4", 9, 0, "fd::12", "198.18.1.12")));
        assertEquals(List.of(), PathFindings.headline(records));
    }

    @Test
    void headline_whenSlowFirstCallOnTheFirstAddress_reportsNothing() {
        var records = List.of(record(Variant.VPC, 0, step(Step.S3_PUT, "IPv4", 789, 0, "198.18.1.13", "198.18.1.13")));
        assertEquals(List.of(), PathFindings.headline(records));
    }

    @Test
    void headline_whenCallsFailed_reportsCountAndSample() {
        var records = List.of(record(Variant.VPC, 0, step(Step.SQS_SEND, "none", 2000, 3)));
        assertEquals(
                "vpc sqs-send, run 1 of 1: calls failed (3 of 3 calls; SdkClientException: connect timed out).",
                PathFindings.headline(records).get(0).text());
    }

    @Test
    void headline_whenTimeoutAndFailure_putsTheTimeoutFirst() {
        var records = List.of(record(
                Variant.VPC,
                0,
                step(Step.SQS_SEND, "none", 2000, 3),
                step(Step.HTTP_GET, "IPv6", 1020, 0, "198.18.1.14", "fd::14")));
        var headline = PathFindings.headline(records);
        assertEquals(
                List.of("http-get", "sqs-send"),
                headline.stream().map(NetworkFinding::step).toList());
    }

    @Test
    void headline_whenLabRanWithoutPreferIPv6_leadsWithSqsAndHttpTimeouts() throws Exception {
        // The first runs of a real `bin/lab --runs 5 --no-prefer-ipv6`: IPv4 resolved first, black-holed in the vpc.
        JsonNode runs;
        try (var in = PathFindingsTest.class.getResourceAsStream("/lab-no-prefer-ipv6-cold-runs.json")) {
            runs = new ObjectMapper().readTree(in);
        }
        var records = new ArrayList<InvocationRecord>();
        for (Variant variant : Variant.values()) {
            var result = ResultReader.result(runs.path(variant.id()));
            records.add(new InvocationRecord(variant, 0, true, result, null, InvocationRecord.SOURCE_LAB));
        }
        var headline = PathFindings.headline(records);
        assertEquals(
                List.of("vpc sqs-send", "vpc http-get"),
                headline.stream().map(f -> f.variant().id() + " " + f.step()).toList());
        assertTrue(
                headline.stream().allMatch(f -> f.kind() == NetworkFinding.Kind.CONNECT_TIMEOUT), headline.toString());
        assertTrue(headline.get(0).timeLostMs() > 1000, headline.get(0).text());
    }

    static InvocationRecord record(Variant variant, int sequence, StepResult... steps) {
        return new InvocationRecord(
                variant,
                sequence,
                sequence == 0,
                Fixtures.result(variant, List.of(steps)),
                null,
                InvocationRecord.SOURCE_LAB);
    }

    private static StepResult step(Step step, String family, double firstCallMs, int errors) {
        return step(step, family, firstCallMs, errors, "198.18.1.1", "198.18.1.1");
    }

    static StepResult step(
            Step step, String family, double firstCallMs, int errors, String firstResolved, String connected) {
        return new StepResult(
                step,
                3,
                errors,
                errors == 0 ? List.of() : List.of(new ErrorCount("SdkClientException", errors, "connect timed out")),
                firstCallMs + 10,
                firstCallMs,
                LatencyStats.EMPTY,
                LatencyStats.EMPTY,
                List.of(firstCallMs, 5.0, 5.4),
                new NetworkPath(
                        step.id() + ".example",
                        List.of(firstResolved, connected),
                        connected,
                        AddressFamily.fromId(family)),
                true,
                null);
    }
}
