package dev.eigwbench.infra;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.request.BenchmarkRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * Everything a user can change, read once from CDK context ({@code cdk.json} or {@code -c key=value}). Values from
 * cdk.json arrive as JSON numbers, values from {@code -c} as strings; both are accepted.
 *
 * @param stackName CloudFormation stack name (also the construct id); at most {@link
 *     BenchmarkFunctionNames#MAX_STACK_NAME_LENGTH} characters, since the functions' names derive from it
 * @param iterations calls per step when the event does not say
 * @param fetchUrl the public URL the {@code http-get} step fetches; its scheme is stored lower-case
 * @param memoryMb function memory, which also sets its CPU share
 * @param runtime {@code java21} or {@code java25}; both support SnapStart and run the Java 17 bytecode we build
 * @param logRetentionDays one of CloudWatch Logs' allowed retention periods
 * @param timeoutSeconds function timeout
 * @param snapStart SnapStart on the published version the alias points at; false for a runtime or region without it
 */
public record BenchmarkConfig(
        String stackName,
        int iterations,
        String fetchUrl,
        int memoryMb,
        String runtime,
        int logRetentionDays,
        int timeoutSeconds,
        boolean snapStart) {

    public static final String KEY_STACK_NAME = "stackName";
    public static final String KEY_ITERATIONS = "iterations";
    public static final String KEY_FETCH_URL = "fetchUrl";
    public static final String KEY_MEMORY_MB = "memoryMb";
    public static final String KEY_RUNTIME = "runtime";
    public static final String KEY_LOG_RETENTION_DAYS = "logRetentionDays";
    public static final String KEY_TIMEOUT_SECONDS = "timeoutSeconds";
    public static final String KEY_SNAP_START = "snapStart";

    public static final String DEFAULT_STACK_NAME = StackOutputs.DEFAULT_STACK_NAME;
    /** The newest LTS Lambda runtime; SnapStart-capable. */
    public static final String DEFAULT_RUNTIME = "java25";

    public static final int DEFAULT_LOG_RETENTION_DAYS = 7;
    /**
     * Sized for one run of 6 steps x 100 calls plus a cold start. Warm Java SDK calls take 5-25 ms (the seed's Node
     * numbers are 6-24 ms): about 8 s for 500 AWS calls. A cold start without a SnapStart restore adds 3-5 s of JVM
     * and SDK initialisation plus about 0.5 s per client for its first TLS handshake. The fetch step calls a third
     * party we don't control: 100 x 150 ms is 15 s. That is about 35 s at worst; 60 s lets a slow run finish and
     * report instead of being cut off. (The seed's 10 s was for Node without a cold start.)
     */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;

    public static final int MAX_ITERATIONS = BenchmarkRequest.MAX_ITERATIONS;

    private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,127}");
    private static final Set<String> RUNTIMES = Set.of("java21", "java25");
    private static final Map<Integer, RetentionDays> RETENTION = retentionByDays();

    public BenchmarkConfig {
        if (stackName == null || !STACK_NAME.matcher(stackName).matches()) {
            throw invalid(
                    KEY_STACK_NAME,
                    stackName,
                    "a CloudFormation stack name (a letter, then letters, digits or hyphens; at most 128)",
                    DEFAULT_STACK_NAME);
        }
        new BenchmarkFunctionNames(stackName); // the functions' names must fit Lambda's limit too
        if (iterations < BenchmarkRequest.MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw invalid(
                    KEY_ITERATIONS,
                    iterations,
                    "an integer from 1 to " + MAX_ITERATIONS,
                    FunctionSettings.DEFAULT_ITERATIONS);
        }
        if (!isHttpUrl(fetchUrl)) {
            throw invalid(KEY_FETCH_URL, fetchUrl, "an absolute http or https URL", FunctionSettings.DEFAULT_FETCH_URL);
        }
        if (hasUserInfo(fetchUrl)) {
            // The handler refuses user info too: it would sit in the function's environment in plain text.
            throw invalid(
                    KEY_FETCH_URL,
                    fetchUrl,
                    "a URL without user info (no user:password@ before the host)",
                    FunctionSettings.DEFAULT_FETCH_URL);
        }
        // Schemes are case-insensitive (RFC 3986); the handler sees the lower-case form it compares against.
        fetchUrl = withLowerCaseScheme(fetchUrl);
        if (memoryMb < 128 || memoryMb > 10_240) {
            throw invalid(
                    KEY_MEMORY_MB,
                    memoryMb,
                    "an integer from 128 to 10240 (Lambda's limits)",
                    FunctionSettings.MEMORY_MB);
        }
        if (!RUNTIMES.contains(runtime)) {
            throw invalid(KEY_RUNTIME, runtime, "one of " + new TreeSet<>(RUNTIMES), DEFAULT_RUNTIME);
        }
        if (!RETENTION.containsKey(logRetentionDays)) {
            throw invalid(
                    KEY_LOG_RETENTION_DAYS,
                    logRetentionDays,
                    "one of CloudWatch Logs' retention periods " + new TreeMap<>(RETENTION).keySet(),
                    DEFAULT_LOG_RETENTION_DAYS);
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 900) {
            throw invalid(
                    KEY_TIMEOUT_SECONDS,
                    timeoutSeconds,
                    "an integer from 1 to 900 (Lambda's limit)",
                    DEFAULT_TIMEOUT_SECONDS);
        }
    }

    /** The configuration with every key at its default. */
    public static BenchmarkConfig defaults() {
        return fromContext(key -> null);
    }

    /**
     * Reads every key through {@code context} (e.g. {@code app.getNode()::tryGetContext}); an absent key (null) takes
     * its default.
     */
    public static BenchmarkConfig fromContext(Function<String, Object> context) {
        return new BenchmarkConfig(
                text(context, KEY_STACK_NAME, DEFAULT_STACK_NAME),
                integer(context, KEY_ITERATIONS, FunctionSettings.DEFAULT_ITERATIONS),
                text(context, KEY_FETCH_URL, FunctionSettings.DEFAULT_FETCH_URL),
                integer(context, KEY_MEMORY_MB, FunctionSettings.MEMORY_MB),
                text(context, KEY_RUNTIME, DEFAULT_RUNTIME),
                integer(context, KEY_LOG_RETENTION_DAYS, DEFAULT_LOG_RETENTION_DAYS),
                integer(context, KEY_TIMEOUT_SECONDS, DEFAULT_TIMEOUT_SECONDS),
                bool(context, KEY_SNAP_START, true));
    }

    public Runtime lambdaRuntime() {
        // Resolved here, not in a static map: CDK's constants start the jsii runtime, which validation doesn't need.
        return runtime.equals("java21") ? Runtime.JAVA_21 : Runtime.JAVA_25;
    }

    public RetentionDays logRetention() {
        return RETENTION.get(logRetentionDays);
    }

    public BenchmarkFunctionNames functionNames() {
        return new BenchmarkFunctionNames(stackName);
    }

    public Duration timeout() {
        return Duration.seconds(timeoutSeconds);
    }

    private static String text(Function<String, Object> context, String key, String defaultValue) {
        Object value = context.apply(key);
        if (value == null) {
            return defaultValue;
        }
        if (!(value instanceof String s)) {
            throw invalid(key, value, "a string", defaultValue);
        }
        return s.strip();
    }

    private static boolean bool(Function<String, Object> context, String key, boolean defaultValue) {
        Object value = context.apply(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.strip().equals("true") || s.strip().equals("false"))) {
            return Boolean.parseBoolean(s.strip());
        }
        throw invalid(key, value, "true or false", !defaultValue);
    }

    private static int integer(Function<String, Object> context, String key, int defaultValue) {
        Object value = context.apply(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            if (value instanceof Number n) {
                double d = n.doubleValue();
                if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                    throw new NumberFormatException();
                }
                return (int) d;
            }
            if (value instanceof String s) {
                return Integer.parseInt(s.strip());
            }
        } catch (NumberFormatException e) {
            // reported below with the key's name
        }
        throw invalid(key, value, "an integer", defaultValue);
    }

    private static boolean isHttpUrl(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean hasUserInfo(String url) {
        try {
            return new URI(url).getRawUserInfo() != null;
        } catch (URISyntaxException e) {
            return false; // isHttpUrl already refused it
        }
    }

    private static String withLowerCaseScheme(String url) {
        int colon = url.indexOf(':');
        return url.substring(0, colon).toLowerCase(Locale.ROOT) + url.substring(colon);
    }

    private static ConfigurationException invalid(String key, Object value, String expected, Object example) {
        return new ConfigurationException("Invalid CDK context '" + key + "': expected " + expected + ", got '" + value
                + "'. Fix it in cdk.json (\"context\") or pass -c " + key + "=" + example + ".");
    }

    private static Map<Integer, RetentionDays> retentionByDays() {
        // RetentionDays is a jsii enum whose day counts Java cannot read, so the mapping is spelled out once here.
        var byDays = new TreeMap<Integer, RetentionDays>();
        byDays.put(1, RetentionDays.ONE_DAY);
        byDays.put(3, RetentionDays.THREE_DAYS);
        byDays.put(5, RetentionDays.FIVE_DAYS);
        byDays.put(7, RetentionDays.ONE_WEEK);
        byDays.put(14, RetentionDays.TWO_WEEKS);
        byDays.put(30, RetentionDays.ONE_MONTH);
        byDays.put(60, RetentionDays.TWO_MONTHS);
        byDays.put(90, RetentionDays.THREE_MONTHS);
        byDays.put(120, RetentionDays.FOUR_MONTHS);
        byDays.put(150, RetentionDays.FIVE_MONTHS);
        byDays.put(180, RetentionDays.SIX_MONTHS);
        byDays.put(365, RetentionDays.ONE_YEAR);
        byDays.put(400, RetentionDays.THIRTEEN_MONTHS);
        byDays.put(545, RetentionDays.EIGHTEEN_MONTHS);
        byDays.put(731, RetentionDays.TWO_YEARS);
        byDays.put(1096, RetentionDays.THREE_YEARS);
        byDays.put(1827, RetentionDays.FIVE_YEARS);
        byDays.put(2192, RetentionDays.SIX_YEARS);
        byDays.put(2557, RetentionDays.SEVEN_YEARS);
        byDays.put(2922, RetentionDays.EIGHT_YEARS);
        byDays.put(3288, RetentionDays.NINE_YEARS);
        byDays.put(3653, RetentionDays.TEN_YEARS);
        return Map.copyOf(byDays);
    }
}
