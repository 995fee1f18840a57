package dev.eigwbench.report;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.AddressFamily;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.LatencyStats;
import dev.eigwbench.common.model.NetworkPath;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds results shaped like the handler's, with samples drawn from a seeded generator. */
public final class Fixtures {
    private Fixtures() {}

    public static StepResult step(String id, List<Double> samples, String family) {
        return new StepResult(
                Step.byId(id),
                samples.size(),
                0,
                List.of(),
                samples.stream().mapToDouble(Double::doubleValue).sum(),
                samples.isEmpty() ? 0 : samples.get(0),
                LatencyStats.EMPTY,
                LatencyStats.EMPTY,
                samples,
                new NetworkPath(
                        "example.amazonaws.com", List.of("2001:db8::1"), "2001:db8::1", AddressFamily.fromId(family)),
                true,
                null);
    }

    public static List<Double> samples(long seed, int n, double base, double jitter) {
        var random = new Random(seed);
        var out = new ArrayList<Double>();
        for (int i = 0; i < n; i++) out.add(base + random.nextDouble() * jitter);
        return out;
    }

    public static BenchmarkResult result(Variant variant, List<StepResult> steps) {
        double total = steps.stream().mapToDouble(StepResult::totalMs).sum();
        return new BenchmarkResult(
                BenchmarkResult.SCHEMA,
                variant,
                RunStatus.COMPLETE,
                "run-1",
                steps.isEmpty() ? 0 : steps.get(0).calls(),
                steps,
                total,
                null,
                List.of(),
                null);
    }

    /** A run with one dynamodb-put step of {@code n} calls around {@code base} ms. */
    public static InvocationRecord run(Variant variant, int sequence, boolean cold, double base, LambdaReport report) {
        String family = variant == Variant.VPC ? "IPv6" : "IPv4";
        var step = step("dynamodb-put", samples(sequence * 31L + variant.ordinal(), 50, base, 2.0), family);
        return new InvocationRecord(
                variant, sequence, cold, result(variant, List.of(step)), report, InvocationRecord.SOURCE_LAMBDA);
    }

    public static LambdaReport warmReport(double durationMs) {
        return new LambdaReport("req", durationMs, Math.ceil(durationMs), 1024, 170, null, null, null);
    }
}
