package dev.eigwbench.client.aws;

import java.net.URI;
import java.time.Duration;

/**
 * How the SDK clients are built. Region, profile and credentials otherwise come from the SDK's standard chain.
 *
 * @param region region override, or null for the standard chain (AWS_REGION, profile)
 * @param profile named profile, or null for the standard credentials chain
 * @param endpoint endpoint override for both services (a local emulator), or null
 * @param invokeTimeout bound on one Invoke call, at least the function's timeout
 * @param controlTimeout bound on every other call (DescribeStacks, configuration updates)
 * @param maxAttempts attempts per call, including the first, for throttling and transient errors
 * @param throttlingBaseDelay first backoff delay after a throttling error; it doubles with jitter up to 20 s
 */
public record AwsSettings(
        String region,
        String profile,
        URI endpoint,
        Duration invokeTimeout,
        Duration controlTimeout,
        int maxAttempts,
        Duration throttlingBaseDelay) {
    public static final Duration DEFAULT_INVOKE_TIMEOUT = Duration.ofSeconds(180);
    public static final Duration DEFAULT_CONTROL_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_THROTTLING_DELAY = Duration.ofSeconds(1);

    public AwsSettings {
        if (invokeTimeout == null || invokeTimeout.isNegative() || invokeTimeout.isZero()) {
            throw new IllegalArgumentException("invokeTimeout must be positive");
        }
        if (controlTimeout == null || controlTimeout.isNegative() || controlTimeout.isZero()) {
            throw new IllegalArgumentException("controlTimeout must be positive");
        }
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        if (throttlingBaseDelay == null || throttlingBaseDelay.isNegative()) {
            throw new IllegalArgumentException("throttlingBaseDelay must be >= 0");
        }
    }
}
