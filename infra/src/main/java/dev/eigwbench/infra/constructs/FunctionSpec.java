package dev.eigwbench.infra.constructs;

import java.util.Objects;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * Everything both functions share. The stack builds one and hands it to both, so the functions cannot drift apart:
 * only their variant and VPC placement differ. {@code snapStart}: SnapStart on their published versions.
 */
public record FunctionSpec(
        Code code,
        Runtime runtime,
        int memoryMb,
        Duration timeout,
        RetentionDays logRetention,
        String fetchUrl,
        int iterations,
        boolean snapStart) {
    public FunctionSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(logRetention, "logRetention");
        Objects.requireNonNull(fetchUrl, "fetchUrl");
        if (memoryMb < 128) {
            throw new IllegalArgumentException("memoryMb must be at least 128, got " + memoryMb);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
    }
}
