package dev.eigwbench.client.stub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.AddressFamily;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.Diagnostics;
import dev.eigwbench.common.model.ErrorDetail;
import dev.eigwbench.common.model.LatencyStats;
import dev.eigwbench.common.model.NetworkPath;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * What a fake function's run produces: a result shaped like the handler's (samples around the function's base
 * latency, the first call of a cold run slower) and a log tail ending in Lambda's REPORT line, plain or JSON.
 */
final class FunctionRun {
    private FunctionRun() {}

    /** As the handler answers an event whose url is not http(s): a normal answer with status INVALID_INPUT. */
    static BenchmarkResult rejectedUrl(FakeFunction f, int iterations) {
        return new BenchmarkResult(
                BenchmarkResult.SCHEMA,
                Variant.fromId(f.variant),
                RunStatus.INVALID_INPUT,
                null,
                iterations,
                List.of(),
                0,
                null,
                List.of(),
                new ErrorDetail("url", "must be an absolute http or https URL, got 'ftp://example.com'"));
    }

    static List<String> stepsOf(JsonNode event) {
        if (!event.has("steps")) return List.of(Step.ids());
        var steps = new ArrayList<String>();
        event.get("steps").forEach(s -> steps.add(s.asText()));
        return steps;
    }

    static BenchmarkResult result(FakeFunction f, int iterations, List<String> stepIds, boolean cold, Random random) {
        var steps = new ArrayList<StepResult>();
        double total = 0;
        for (String id : stepIds) {
            var samples = new ArrayList<Double>();
            for (int i = 0; i < iterations; i++) {
                double setUp = i == 0 ? (cold ? 120 : 15) : 0;
                samples.add(f.baseMs + setUp + random.nextDouble() * 2);
            }
            double sum = samples.stream().mapToDouble(Double::doubleValue).sum();
            total += sum;
            AddressFamily family = f.variant.equals("vpc") ? AddressFamily.IPV6 : AddressFamily.IPV4;
            String address = family == AddressFamily.IPV6 ? "2600:1f18::1" : "52.94.0.1";
            steps.add(new StepResult(
                    Step.byId(id),
                    iterations,
                    0,
                    List.of(),
                    sum,
                    samples.get(0),
                    LatencyStats.EMPTY,
                    LatencyStats.EMPTY,
                    samples,
                    new NetworkPath("service.example", List.of(address), address, family),
                    true,
                    null));
        }
        var diagnostics = new Diagnostics(
                List.of("-Djava.net.preferIPv6Addresses=true"),
                "true",
                "false",
                "apache5",
                List.of("sqs"),
                Map.of(),
                "snap-start",
                cold,
                cold,
                "us-east-1",
                1024,
                "AWS_Lambda_java21",
                "21");
        return new BenchmarkResult(
                BenchmarkResult.SCHEMA,
                Variant.fromId(f.variant),
                RunStatus.COMPLETE,
                UUID.randomUUID().toString(),
                iterations,
                steps,
                total,
                diagnostics,
                List.of(),
                null);
    }

    static String logTail(FakeFunction f, String requestId, String version, boolean cold, double durationMs) {
        boolean snapStart = !version.equals("$LATEST");
        double billed = Math.ceil(durationMs);
        if (f.jsonLogs) {
            var metrics = new StringBuilder(String.format(
                    Locale.ROOT,
                    "\"durationMs\":%.3f,\"billedDurationMs\":%.0f,\"memorySizeMB\":1024,\"maxMemoryUsedMB\":180",
                    durationMs,
                    billed));
            if (cold && snapStart) metrics.append(",\"restoreDurationMs\":452.6,\"billedRestoreDurationMs\":236");
            if (cold && !snapStart) metrics.append(",\"initDurationMs\":912.4");
            return "{\"time\":\"2026-01-01T00:00:00.000Z\",\"type\":\"platform.start\",\"record\":{\"requestId\":\""
                    + requestId + "\",\"version\":\"" + version + "\"}}\n"
                    + "{\"timestamp\":\"2026-01-01T00:00:00.100Z\",\"level\":\"INFO\",\"message\":\"run complete\"}\n"
                    + "{\"time\":\"2026-01-01T00:00:01.000Z\",\"type\":\"platform.report\",\"record\":{\"requestId\":\""
                    + requestId + "\",\"metrics\":{" + metrics + "},\"status\":\"success\"}}\n";
        }
        var report = new StringBuilder(String.format(
                Locale.ROOT,
                "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %.0f ms\tMemory Size: 1024 MB\t"
                        + "Max Memory Used: 180 MB\t",
                requestId,
                durationMs,
                billed));
        if (cold && snapStart) report.append("Restore Duration: 452.60 ms\tBilled Restore Duration: 236 ms\t");
        if (cold && !snapStart) report.append("Init Duration: 912.40 ms\t");
        return "START RequestId: " + requestId + " Version: " + version + "\n"
                + "fill database took: 632.51ms\n".repeat(200)
                + "END RequestId: " + requestId + "\n"
                + report + "\n";
    }
}
