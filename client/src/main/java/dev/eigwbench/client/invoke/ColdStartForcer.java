package dev.eigwbench.client.invoke;

import dev.eigwbench.client.ClientException;
import dev.eigwbench.client.stack.FunctionTarget;
import java.time.Duration;
import java.util.HashMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.waiters.LambdaWaiter;

/**
 * Makes the next invocation start a new execution environment, as lambda-perf and Power Tuning do: change an
 * environment variable and wait until the update is applied.
 *
 * <p>An alias points at an immutable published version, so changing {@code $LATEST} alone does not reach it. For an
 * alias target this also publishes a new version (with SnapStart, Lambda takes a new snapshot, which can take
 * minutes) and moves the alias to it; the next invocation then restores that snapshot ("Restore Duration" in the
 * REPORT line). Each forced cold start therefore leaves one more published version behind.
 */
public final class ColdStartForcer {
    /** The variable changed on every forced cold start; the handler ignores it. */
    public static final String TOKEN_VARIABLE = "EIGW_BENCH_COLD_START_TOKEN";

    private final LambdaClient lambda;
    private final WaiterOverrideConfiguration waitConfig;
    private final Duration maxWait;

    /**
     * @param pollInterval delay between status polls
     * @param maxWait bound on waiting for an update or a published version (SnapStart publishing takes minutes)
     */
    public ColdStartForcer(LambdaClient lambda, Duration pollInterval, Duration maxWait) {
        this.lambda = lambda;
        this.maxWait = maxWait;
        this.waitConfig = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(pollInterval))
                .waitTimeout(maxWait)
                .maxAttempts((int) Math.max(2, maxWait.toMillis() / Math.max(1, pollInterval.toMillis()) + 1))
                .build();
    }

    /**
     * Changes the token and waits; for an alias, publishes and repoints it.
     *
     * @param progress receives a line per stage
     * @return the version the next invocation will run
     */
    public String force(FunctionTarget target, Consumer<String> progress) {
        String name = target.functionName();
        GetFunctionConfigurationResponse current = lambda.getFunctionConfiguration(r -> r.functionName(name));
        var variables = new HashMap<String, String>();
        if (current.environment() != null && current.environment().variables() != null) {
            variables.putAll(current.environment().variables());
        }
        variables.put(TOKEN_VARIABLE, UUID.randomUUID().toString());
        progress.accept("updating " + TOKEN_VARIABLE + " on " + name);
        lambda.updateFunctionConfiguration(r -> r.functionName(name).environment(e -> e.variables(variables)));
        try (LambdaWaiter waiter = waiter()) {
            await(
                    () -> waiter.waitUntilFunctionUpdated(r -> r.functionName(name)),
                    "the configuration update of " + name);
            if (target.qualifier() == null) return "$LATEST";

            progress.accept("publishing a new version of " + name + " (SnapStart snapshots take a few minutes)");
            String version = lambda.publishVersion(
                            r -> r.functionName(name).description("eigw-bench forced cold start"))
                    .version();
            await(
                    () -> waiter.waitUntilPublishedVersionActive(
                            r -> r.functionName(name).qualifier(version)),
                    "version " + version + " of " + name);
            progress.accept("moving alias " + target.qualifier() + " to version " + version);
            lambda.updateAlias(
                    r -> r.functionName(name).name(target.qualifier()).functionVersion(version));
            return version;
        }
    }

    /** Waiter failures (a Failed status, or the wait bound passed) become one actionable line. */
    private void await(Supplier<WaiterResponse<?>> wait, String what) {
        WaiterResponse<?> response;
        try {
            response = wait.get();
        } catch (SdkClientException e) {
            if (e instanceof ApiCallTimeoutException) throw e;
            throw new ClientException(what + " did not complete within " + maxWait.toSeconds() + " s (" + e.getMessage()
                    + "): check the function in the Lambda console, or raise --cold-start-wait");
        }
        response.matched().exception().ifPresent(e -> {
            throw new ClientException(
                    what + " failed: " + e.getMessage() + ": check the function in the Lambda console");
        });
    }

    private LambdaWaiter waiter() {
        return LambdaWaiter.builder()
                .client(lambda)
                .overrideConfiguration(waitConfig)
                .build();
    }
}
