package dev.eigwbench.handler;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.request.BenchmarkRequest;
import dev.eigwbench.handler.input.TargetUrl;
import dev.eigwbench.handler.net.DestinationGuard;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The function's configuration, read once from its environment.
 *
 * @param tableName TABLE_NAME
 * @param queueUrl QUEUE_URL
 * @param bucketName BUCKET_NAME
 * @param fetchUrl FETCH_URL (default: the seed's URL)
 * @param defaultIterations DEFAULT_ITERATIONS (default 100)
 * @param variant BENCH_VARIANT, "vpc" or "public" (default "public")
 * @param region AWS_REGION (default us-east-1, for local runs)
 * @param timeouts BENCH_API_CALL_TIMEOUT_MS, BENCH_API_CALL_ATTEMPT_TIMEOUT_MS, BENCH_CONNECT_TIMEOUT_MS
 * @param allowLoopbackUrl EIGW_ALLOW_LOOPBACK_URL=true lets http-get call loopback (local tests and the lab's
 *     loopback mode; the deployed stack never sets it)
 */
public record HandlerSettings(
        String tableName,
        String queueUrl,
        String bucketName,
        URI fetchUrl,
        int defaultIterations,
        Variant variant,
        String region,
        Timeouts timeouts,
        boolean allowLoopbackUrl) {
    public static final String ENV_API_CALL_TIMEOUT_MS = "BENCH_API_CALL_TIMEOUT_MS";
    public static final String ENV_API_CALL_ATTEMPT_TIMEOUT_MS = "BENCH_API_CALL_ATTEMPT_TIMEOUT_MS";
    public static final String ENV_CONNECT_TIMEOUT_MS = "BENCH_CONNECT_TIMEOUT_MS";

    /** Settings that cannot be read; the handler answers every invocation with a FAILED result naming them. */
    public static final class SettingsException extends RuntimeException {
        private final String field;

        SettingsException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * @param apiCall whole SDK call, retries included
     * @param apiCallAttempt one attempt
     * @param connect one TCP connect, per address tried
     */
    public record Timeouts(Duration apiCall, Duration apiCallAttempt, Duration connect) {
        public static final Timeouts DEFAULT =
                new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(1));

        /** Read timeout on an open connection: an answer slower than one attempt is as good as none. */
        public Duration socket() {
            return apiCallAttempt;
        }
    }

    public static HandlerSettings fromEnvironment(Map<String, String> env) {
        boolean allowLoopbackUrl = allowLoopbackUrl(env);
        return new HandlerSettings(
                required(env, FunctionSettings.ENV_TABLE_NAME),
                required(env, FunctionSettings.ENV_QUEUE_URL),
                required(env, FunctionSettings.ENV_BUCKET_NAME),
                fetchUrl(env, allowLoopbackUrl),
                integer(
                        env,
                        FunctionSettings.ENV_ITERATIONS,
                        BenchmarkRequest.DEFAULT_ITERATIONS,
                        BenchmarkRequest.MIN_ITERATIONS,
                        BenchmarkRequest.MAX_ITERATIONS),
                variant(env),
                env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", "us-east-1")),
                new Timeouts(
                        millis(env, ENV_API_CALL_TIMEOUT_MS, Timeouts.DEFAULT.apiCall()),
                        millis(env, ENV_API_CALL_ATTEMPT_TIMEOUT_MS, Timeouts.DEFAULT.apiCallAttempt()),
                        millis(env, ENV_CONNECT_TIMEOUT_MS, Timeouts.DEFAULT.connect())),
                allowLoopbackUrl);
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new SettingsException(name, "environment variable " + name + " must be set (the stack sets it)");
        }
        return value;
    }

    private static URI fetchUrl(Map<String, String> env, boolean allowLoopbackUrl) {
        String value = env.getOrDefault(FunctionSettings.ENV_FETCH_URL, FunctionSettings.DEFAULT_FETCH_URL);
        try {
            return TargetUrl.parse(value, allowLoopbackUrl);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(FunctionSettings.ENV_FETCH_URL, e.getMessage());
        }
    }

    private static boolean allowLoopbackUrl(Map<String, String> env) {
        String value = env.getOrDefault(DestinationGuard.ENV_ALLOW_LOOPBACK, "false");
        if (!(value.equals("true") || value.equals("false"))) {
            throw new SettingsException(
                    DestinationGuard.ENV_ALLOW_LOOPBACK, "must be true or false (or unset), got '" + value + "'");
        }
        return value.equals("true");
    }

    private static Variant variant(Map<String, String> env) {
        String value = env.getOrDefault(FunctionSettings.ENV_VARIANT, Variant.PUBLIC.id());
        try {
            return Variant.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(FunctionSettings.ENV_VARIANT, e.getMessage());
        }
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new SettingsException(name, "must be a whole number " + min + ".." + max + ", got '" + value + "'");
    }

    private static Duration millis(Map<String, String> env, String name, Duration fallback) {
        return Duration.ofMillis(integer(env, name, (int) fallback.toMillis(), 1, 900_000));
    }
}
