package dev.eigwbench.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The function's runtime settings, shared by the stack (which gives them to Lambda) and the lab (which gives
 * them to the JVMs that stand in for Lambda), so both run the function the same way.
 */
public final class FunctionSettings {
    public static final String ENV_TABLE_NAME = "TABLE_NAME";
    public static final String ENV_QUEUE_URL = "QUEUE_URL";
    public static final String ENV_BUCKET_NAME = "BUCKET_NAME";
    public static final String ENV_FETCH_URL = "FETCH_URL";
    public static final String ENV_ITERATIONS = "DEFAULT_ITERATIONS";
    public static final String ENV_VARIANT = "BENCH_VARIANT";
    public static final String ENV_JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";
    public static final String ENV_EXEC_WRAPPER = "AWS_LAMBDA_EXEC_WRAPPER";

    /**
     * "true" stops Lambda's Java 17 and 21 runtimes from loading their Log4Shell hot patch, which costs every cold
     * start and guards nothing here: the jar holds no Log4j (a packaging test checks it). Java 25 has no patch.
     */
    public static final String ENV_SKIP_LOG4SHELL_PATCH = "AWS_LAMBDA_DISABLE_CVE_2021_44228_PROTECTION";

    /**
     * "true" lets http-get call a loopback URL: only local tests, the lab's loopback mode and bench set it (their
     * public API runs on loopback); the stack never does, so a deployed function refuses loopback destinations.
     */
    public static final String ENV_ALLOW_LOOPBACK_URL = "EIGW_ALLOW_LOOPBACK_URL";

    /** The seed's public URL; any http(s) URL can be given per invocation or per deployment. */
    public static final String DEFAULT_FETCH_URL = "https://jsonplaceholder.typicode.com/todos/1";

    /** The handler Lambda calls; the lab loads the same class the same way. */
    public static final String HANDLER = "dev.eigwbench.handler.BenchmarkHandler::handleRequest";

    /** The deployment package the handler module builds, relative to the repository root. */
    public static final String DEPLOYMENT_PACKAGE = "handler/target/eigw-bench-handler.zip";

    public static final int DEFAULT_ITERATIONS = 100;
    public static final int MEMORY_MB = 1024;

    /**
     * Java's counterpart of Node's {@code setDefaultResultOrder("ipv6first")}: AAAA answers come first, so
     * dual-stack names are reached over IPv6 through the egress-only gateway.
     */
    public static final String PREFER_IPV6 = "-Djava.net.preferIPv6Addresses=true";

    /**
     * JVM options for the function. C1 only: a short-lived benchmark function spends its life in cold code,
     * where C2 compiles cost more than they return.
     */
    public static final String JAVA_TOOL_OPTIONS = PREFER_IPV6 + " -XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    /**
     * Shipped in the deployment package; strips a runtime-imposed {@code -Djava.net.preferIPv4Stack=true}, which
     * {@code JAVA_TOOL_OPTIONS} cannot override because the runtime's command line is applied after it.
     */
    public static final String EXEC_WRAPPER_PATH = "/var/task/bin/prefer-ipv6-wrapper";

    private FunctionSettings() {}

    /** The environment both functions get; only the variant differs. */
    public static Map<String, String> environment(
            Variant variant, String tableName, String queueUrl, String bucketName, String fetchUrl, int iterations) {
        var env = new LinkedHashMap<String, String>();
        env.put(ENV_TABLE_NAME, tableName);
        env.put(ENV_QUEUE_URL, queueUrl);
        env.put(ENV_BUCKET_NAME, bucketName);
        env.put(ENV_FETCH_URL, fetchUrl);
        env.put(ENV_ITERATIONS, Integer.toString(iterations));
        env.put(ENV_VARIANT, variant.id());
        env.put(ENV_JAVA_TOOL_OPTIONS, JAVA_TOOL_OPTIONS);
        env.put(ENV_EXEC_WRAPPER, EXEC_WRAPPER_PATH);
        env.put(ENV_SKIP_LOG4SHELL_PATCH, "true");
        return env;
    }
}
