package dev.eigwbench.lab.api;

import dev.eigwbench.common.Variant;
import dev.eigwbench.lab.LabException;
import dev.eigwbench.lab.host.FunctionHost;
import dev.eigwbench.lab.host.InvocationFailure;
import dev.eigwbench.lab.runtime.RuntimeProtocol;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One function behind the {@link LocalLambdaApi}: its configuration, published versions and aliases, and at most
 * one execution environment (a {@link FunctionHost}). A configuration update, or an invocation of another version
 * than the running one, ends the environment, so the next invocation is a real cold start (Init Duration). A
 * timeout or a crashed runtime ends it too, as in Lambda. Invocations of one function run one at a time: the lab has
 * one environment per function where Lambda would add more.
 */
public final class LocalFunction implements AutoCloseable {
    public static final String LATEST = "$LATEST";
    /** A made-up account: nothing here is AWS. */
    public static final String ACCOUNT = "000000000000";

    /** Starts an execution environment with the function's environment variables. */
    @FunctionalInterface
    public interface HostStarter {
        FunctionHost start(Map<String, String> variables);
    }

    /** One published version: what {@code PublishVersion} froze. */
    record Version(String version, Map<String, String> variables, int timeoutSeconds) {}

    /** What an invocation produced, in the Invoke API's terms. */
    public record Result(
            String requestId, String executedVersion, String payload, String functionError, String log, boolean cold) {}

    private final String name;
    private final Variant variant;
    private final String region;
    private final int memoryMb;
    private final HostStarter starter;
    private final Map<String, Version> versions = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private Map<String, String> variables;
    private int timeoutSeconds;
    private int nextVersion = 1;
    private boolean updatePending;

    private final Object environmentLock = new Object();
    private volatile FunctionHost host;
    private volatile String hostVersion;

    public LocalFunction(
            String name,
            Variant variant,
            String region,
            int memoryMb,
            Duration timeout,
            Map<String, String> variables,
            HostStarter starter) {
        this.name = name;
        this.variant = variant;
        this.region = region;
        this.memoryMb = memoryMb;
        this.timeoutSeconds = (int) timeout.toSeconds();
        this.variables = new LinkedHashMap<>(variables);
        this.starter = starter;
    }

    public String name() {
        return name;
    }

    public Variant variant() {
        return variant;
    }

    public String arn() {
        return "arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:" + name;
    }

    int memoryMb() {
        return memoryMb;
    }

    /** Publishes the current configuration and points {@code alias} at it, as the stack's SnapStart alias. */
    public synchronized String publishWithAlias(String alias) {
        var version = publish().version();
        aliases.put(alias, version);
        return arn() + ":" + alias;
    }

    synchronized Version publish() {
        var version = new Version(Integer.toString(nextVersion++), Map.copyOf(variables), timeoutSeconds);
        versions.put(version.version(), version);
        return version;
    }

    /** The version a qualifier names: null or $LATEST, a published version, or an alias; empty if none. */
    synchronized Optional<String> resolve(String qualifier) {
        if (qualifier == null || qualifier.isEmpty() || qualifier.equals(LATEST)) return Optional.of(LATEST);
        if (versions.containsKey(qualifier)) return Optional.of(qualifier);
        return Optional.ofNullable(aliases.get(qualifier));
    }

    synchronized boolean hasAlias(String alias) {
        return aliases.containsKey(alias);
    }

    synchronized boolean hasVersion(String version) {
        return version.equals(LATEST) || versions.containsKey(version);
    }

    synchronized void pointAlias(String alias, String version) {
        aliases.put(alias, version);
    }

    synchronized String aliasVersion(String alias) {
        return aliases.get(alias);
    }

    synchronized Map<String, String> variables(String version) {
        return version.equals(LATEST)
                ? Map.copyOf(variables)
                : versions.get(version).variables();
    }

    synchronized int timeoutSeconds(String version) {
        return version.equals(LATEST) ? timeoutSeconds : versions.get(version).timeoutSeconds();
    }

    /**
     * UpdateFunctionConfiguration: new variables and/or timeout for $LATEST. The running environment ends now, so
     * the next invocation starts a new one.
     */
    void update(Map<String, String> newVariables, Integer newTimeoutSeconds) {
        synchronized (this) {
            if (newVariables != null) variables = new LinkedHashMap<>(newVariables);
            if (newTimeoutSeconds != null) timeoutSeconds = newTimeoutSeconds;
            updatePending = true;
        }
        endEnvironment();
    }

    /** Lambda reports an update InProgress first, Successful on a later read. */
    synchronized String lastUpdateStatus() {
        if (updatePending) {
            updatePending = false;
            return "InProgress";
        }
        return "Successful";
    }

    /** Runs one event in the environment for {@code version}, starting one first when there is none (cold). */
    Result invoke(String version, String payload) {
        var requestId = UUID.randomUUID().toString();
        var timeout = Duration.ofSeconds(timeoutSeconds(version));
        synchronized (environmentLock) {
            boolean cold = false;
            FunctionHost current = host;
            if (current == null || !current.alive() || !version.equals(hostVersion)) {
                endEnvironment();
                try {
                    current = starter.start(variables(version));
                } catch (LabException e) {
                    return new Result(
                            requestId,
                            version,
                            RuntimeProtocol.errorJson(
                                    "Runtime.ExitError", "RequestId: " + requestId + " Error: " + e.getMessage()),
                            "Unhandled",
                            InvocationLog.of(
                                    requestId,
                                    version,
                                    "INIT failed: " + e.getMessage() + "\n",
                                    0,
                                    null,
                                    memoryMb,
                                    0,
                                    "error"),
                            true);
                }
                host = current;
                hostVersion = version;
                cold = true;
            }
            var init = cold ? current.initMs() : null;
            current.appendToFile("START RequestId: " + requestId + " Version: " + version);
            try {
                var invocation = current.invoke(requestId, payload, timeout);
                var log = InvocationLog.of(
                        requestId,
                        version,
                        invocation.log(),
                        invocation.durationMs(),
                        init,
                        memoryMb,
                        current.maxMemoryUsedMb(),
                        null);
                appendRecords(current, log);
                return invocation.error() == null
                        ? new Result(requestId, version, invocation.payload(), null, log, cold)
                        : new Result(requestId, version, invocation.error(), "Unhandled", log, cold);
            } catch (InvocationFailure e) {
                int memory = current.maxMemoryUsedMb();
                var captured = current.takeCapture();
                var exit = current.exitCode();
                endEnvironment(); // as Lambda: the next invocation gets a new environment
                String message;
                String type;
                double durationMs;
                String status;
                if (e.timedOut()) {
                    type = "Sandbox.Timedout";
                    message = String.format(
                            Locale.ROOT, "RequestId: %s Error: Task timed out after %.2f seconds", requestId, (double)
                                    timeout.toSeconds());
                    durationMs = timeout.toMillis();
                    status = "timeout";
                } else {
                    type = "Runtime.ExitError";
                    message = "RequestId: " + requestId + " Error: Runtime exited with error: exit status " + exit;
                    durationMs = 0;
                    status = "error";
                }
                var log = InvocationLog.of(
                        requestId, version, captured + message + "\n", durationMs, init, memoryMb, memory, status);
                appendRecords(current, log);
                return new Result(requestId, version, RuntimeProtocol.errorJson(type, message), "Unhandled", log, cold);
            }
        }
    }

    private static void appendRecords(FunctionHost host, String log) {
        var lines = log.lines().toList();
        for (int i = Math.max(0, lines.size() - 2); i < lines.size(); i++) {
            host.appendToFile(lines.get(i)); // END and REPORT: the function's own lines are already in the file
        }
    }

    private void endEnvironment() {
        FunctionHost old;
        synchronized (this) {
            old = host;
            host = null;
            hostVersion = null;
        }
        if (old != null) old.close();
    }

    @Override
    public void close() {
        endEnvironment();
    }
}
