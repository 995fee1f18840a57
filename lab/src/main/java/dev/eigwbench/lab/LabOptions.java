package dev.eigwbench.lab;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.request.BenchmarkRequest;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One lab run's settings, as the command line gave them.
 *
 * @param runs invocations of each function (the first is a cold start)
 * @param iterations calls per step in each invocation
 * @param preferIPv6 give the functions the stack's {@code preferIPv6Addresses=true} (and its exec wrapper); false
 *     shows what happens without it
 * @param network how to place the functions: simulated networks, loopback only, or whichever this machine allows
 * @param outputDir where the report files and logs go
 * @param functionTimeout each invocation's time budget, as the stack's function timeout
 * @param runtime what loads the handler in the function JVMs
 * @param deploymentPackage the function's zip; null for the handler module's build output
 * @param identicalFunctions A/A: both functions are the {@code public} variant in identical conditions, so every
 *     "significant" verdict is a false positive (calibration)
 */
public record LabOptions(
        int runs,
        int iterations,
        boolean preferIPv6,
        NetworkMode network,
        Path outputDir,
        Duration functionTimeout,
        FunctionRuntime runtime,
        Path deploymentPackage,
        boolean identicalFunctions) {
    public static final int DEFAULT_RUNS = 5;
    public static final Duration DEFAULT_FUNCTION_TIMEOUT = Duration.ofSeconds(60);
    public static final Path DEFAULT_OUTPUT_DIR = Path.of("lab-report");

    public enum NetworkMode {
        /** Network namespaces when root on Linux, otherwise loopback (said plainly in the report). */
        AUTO,
        /** Network namespaces or fail. */
        NAMESPACES,
        /** Loopback only, no network simulation. */
        LOOPBACK
    }

    public enum FunctionRuntime {
        /** Lambda's own runtime interface client against a Runtime API the lab serves: closest to Lambda. */
        RIC,
        /** The lab's small stand-in that loads the handler directly: no native library, no HTTP hop. */
        LOCAL
    }

    public LabOptions {
        if (runtime == null) {
            throw new IllegalArgumentException("--runtime must be ric or local");
        }
        if (runs < 1 || runs > 1000) {
            throw new IllegalArgumentException("--runs must be 1..1000, got " + runs);
        }
        if (iterations < BenchmarkRequest.MIN_ITERATIONS || iterations > BenchmarkRequest.MAX_ITERATIONS) {
            throw new IllegalArgumentException("--iterations must be " + BenchmarkRequest.MIN_ITERATIONS + ".."
                    + BenchmarkRequest.MAX_ITERATIONS + ", got " + iterations);
        }
        if (network == null) {
            throw new IllegalArgumentException("network mode is required");
        }
        if (outputDir == null) {
            throw new IllegalArgumentException("--out must name a directory");
        }
        if (functionTimeout == null || functionTimeout.toSeconds() < 1 || functionTimeout.toSeconds() > 900) {
            throw new IllegalArgumentException(
                    "--function-timeout must be 1..900 seconds (Lambda's range), got " + functionTimeout);
        }
    }

    public static LabOptions defaults() {
        return new LabOptions(
                DEFAULT_RUNS,
                FunctionSettings.DEFAULT_ITERATIONS,
                true,
                NetworkMode.AUTO,
                DEFAULT_OUTPUT_DIR,
                DEFAULT_FUNCTION_TIMEOUT,
                FunctionRuntime.RIC,
                null,
                false);
    }
}
