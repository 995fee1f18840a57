package dev.eigwbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.common.FunctionSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The summary for fixed figures, byte for byte against saved copies (src/test/resources/report/): every table and
 * branch (two JDKs, primed and minimal subjects, changed options, failed runs and calls, the fallback experiment).
 */
class ReportTest {
    private static final List<String> STEPS =
            List.of("dynamodb-put", "dynamodb-query", "sqs-send", "s3-put", "s3-list", "http-get");
    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final String STACK = FunctionSettings.JAVA_TOOL_OPTIONS;

    @Test
    void markdown_whenEveryPartMeasured_matchesTheSavedSummary() throws IOException {
        assertSame("full.md", withoutMachine(fullReport().markdown()));
    }

    @Test
    void json_whenMeasuredAndFailedSubjects_matchesTheSavedSummary() throws IOException {
        var handler = new Subject("handler", null, "25", JAVA, STACK, JvmFlags.lambdaRuntime());
        var report = new Report(
                new BenchOptions(2, 100, Set.copyOf(BenchOptions.PARTS), Path.of("out")),
                jdks(),
                sizes(),
                List.of(
                        Summary.of(handler, runs(1.0, 2, true, List.of("dynamodb-put", "http-get")), List.of()),
                        Summary.of(handler.withToolOptions("jit-default", "-Dexample=1"), List.of(), List.of("x"))),
                fallback(),
                "");
        assertSame("measured-and-failed.json", withoutSettings(report.json()));
    }

    @Test
    void markdown_whenFallbackNotMeasured_saysWhyAndSkipsTheHandlerTables() throws IOException {
        var report = new Report(
                new BenchOptions(1, 2, Set.of("fallback"), Path.of("out")),
                jdks(),
                sizes(),
                List.of(),
                List.of(),
                "not measured: ip netns add failed");
        assertSame("fallback-only.md", withoutMachine(report.markdown()));
    }

    private static Report fullReport() {
        var flags = JvmFlags.lambdaRuntime();
        var summaries = new ArrayList<Summary>();
        for (String jdk : List.of("25", "17")) {
            var handler = new Subject("handler", null, jdk, JAVA, STACK, flags);
            summaries.add(Summary.of(handler, runs(1.0, 3, true), List.of()));
            summaries.add(Summary.of(handler.primed("handler-primed"), runs(1.1, 3, true), List.of()));
        }
        summaries.add(Summary.of(
                new Subject("minimal-apache5", "apache5", "25", JAVA, STACK, flags), runs(0.9, 3, false), List.of()));
        summaries.add(Summary.of(
                new Subject("minimal-crt", "crt", "25", JAVA, STACK, flags),
                runs(0.8, 2, false),
                List.of("run 3: child timed out\nafter 180 s")));
        var handler = new Subject("handler", null, "25", JAVA, STACK, flags);
        summaries.add(Summary.of(
                handler.withRuntimeFlags(
                        "c1-cds-off",
                        JvmFlags.lambdaRuntime().stream()
                                .map(f -> f.equals("-Xshare:auto") ? "-Xshare:off" : f)
                                .toList()),
                runs(1.2, 1, false),
                List.of()));
        summaries.add(Summary.of(
                handler.withToolOptions("c1-appcds", STACK + " -XX:SharedArchiveFile=/out/archives/handler.jsa"),
                runs(1.3, 2, false),
                List.of()));
        summaries.add(
                Summary.of(handler.withToolOptions("jit-default", "-Dexample=1"), List.of(), List.of("run 1: exit 1")));
        return new Report(
                new BenchOptions(3, 100, Set.copyOf(BenchOptions.PARTS), Path.of("out")),
                jdks(),
                sizes(),
                summaries,
                fallback(),
                "$ getent ahosts v6first.bench.test\n2001:db8:99::1  STREAM v6first.bench.test\n");
    }

    private static List<FallbackExperiment.Outcome> fallback() {
        return List.of(
                new FallbackExperiment.Outcome(
                        "apache5",
                        FallbackExperiment.SCENARIOS.get(0),
                        List.of("0 1003.2 ok HTTP 200", "1 1.1 ok HTTP 200", "2 0.9 ok HTTP 200"),
                        null),
                new FallbackExperiment.Outcome(
                        "crt", FallbackExperiment.SCENARIOS.get(1), List.of(), "child timed out | exit 124"));
    }

    /** {@code count} runs whose figures grow with the run and the step, scaled by {@code scale}. */
    private static List<RunSample> runs(double scale, int count, boolean jit) {
        return runs(scale, count, jit, STEPS);
    }

    private static List<RunSample> runs(double scale, int count, boolean jit, List<String> stepNames) {
        var runs = new ArrayList<RunSample>();
        for (int run = 0; run < count; run++) {
            var steps = new ArrayList<RunSample.StepSample>();
            for (int s = 0; s < stepNames.size(); s++) {
                double base = scale * (s + 1) * (1 + 0.1 * run);
                boolean failing = scale == 0.8 && s == 2;
                steps.add(new RunSample.StepSample(
                        stepNames.get(s),
                        base * 40,
                        base * 3,
                        base * 2,
                        base * 1.9,
                        base * 4.5,
                        failing ? 2 : 0,
                        failing ? "SdkClientException: Unable to execute HTTP request" : null));
            }
            var split = jit ? new JitLog.Split(1000, List.of("java.lang.String::hashCode", "Foo::bar"), 50) : null;
            runs.add(new RunSample(
                    scale * (300 + 10 * run),
                    scale == 1.1 ? 2500 + 10 * run : Double.NaN,
                    scale * (1400 + 100 * run),
                    scale * (1900 + 50 * run),
                    (long) (scale * (90_000 + 1000 * run)),
                    steps,
                    split));
        }
        return runs;
    }

    private static Map<String, Path> jdks() {
        var jdks = new LinkedHashMap<String, Path>();
        jdks.put("25", Path.of("/usr/lib/jvm/temurin-25"));
        jdks.put("17", Path.of("/usr/lib/jvm/java-17"));
        return jdks;
    }

    private static Map<String, Long> sizes() {
        var sizes = new LinkedHashMap<String, Long>();
        sizes.put("handler jar (deployable)", 11_500_000L);
        sizes.put("handler zip (deployment package)", 11_400_000L);
        sizes.put("minimal-apache5 jar", 9_000_000L);
        return sizes;
    }

    /** The header's clock and CPU count are the machine's, not the data's. */
    private static String withoutMachine(String markdown) {
        return withoutSettings(markdown.replaceFirst("Measured \\S+ on \\d+ CPUs", "Measured TIME on N CPUs"));
    }

    /** The stack's settings are FunctionSettings', not the report's: a change there need not change these copies. */
    private static String withoutSettings(String text) {
        text = text.replace(STACK, "STACK_OPTIONS");
        var flags = JvmFlags.lambdaRuntime();
        for (int i = 0; i < flags.size(); i++) {
            text = text.replace(flags.get(i), "LAMBDA_FLAG_" + (i + 1));
        }
        return text.replace(String.join(" ", JvmFlags.sandbox()), "SANDBOX_FLAGS");
    }

    private static void assertSame(String saved, String actual) throws IOException {
        Path written = Path.of("target", "report-test", saved);
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual); // to compare by hand when the assertion fails
        try (InputStream in = ReportTest.class.getResourceAsStream("/report/" + saved)) {
            String expected = in == null ? "(no saved copy)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expected, actual, saved + " (this run's output: " + written.toAbsolutePath() + ")");
        }
    }
}
