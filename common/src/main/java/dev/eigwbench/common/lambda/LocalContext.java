package dev.eigwbench.common.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.eigwbench.common.FunctionSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The one Lambda {@link Context} for running the handler outside Lambda: the lab's local runtime, bench's handler
 * probe, the handler's LocalRunner and its tests. The handler reads only the remaining time, which counts down in
 * real time as it does in Lambda. A JVM that loads this class needs aws-lambda-java-core on its classpath; one that
 * starts such a JVM finds common through {@link dev.eigwbench.common.CodeLocation#common()}.
 *
 * @param requestId Lambda's request id of this invocation
 * @param deadlineEpochMs when the invocation times out, in epoch milliseconds ({@link Long#MAX_VALUE}: never)
 * @param functionName the function's name (also in its log group and ARN)
 * @param functionVersion the version invoked, e.g. {@code $LATEST}
 * @param region the function's region (in its ARN)
 * @param memoryMb the function's memory setting
 * @param logger where the handler's {@link Context#getLogger()} lines go
 */
public record LocalContext(
        String requestId,
        long deadlineEpochMs,
        String functionName,
        String functionVersion,
        String region,
        int memoryMb,
        LambdaLogger logger)
        implements Context {
    /** The function name of a context made by {@link #withRemaining} or {@link #unbounded}. */
    public static final String LOCAL_FUNCTION = "eigw-bench-local";

    private static final String LATEST = "$LATEST";
    private static final String REGION = "us-east-1";

    public LocalContext {
        requireText("requestId", requestId);
        requireText("functionName", functionName);
        requireText("functionVersion", functionVersion);
        requireText("region", region);
        if (memoryMb <= 0) {
            throw new IllegalArgumentException("memoryMb: must be positive, got " + memoryMb);
        }
        if (logger == null) {
            throw new IllegalArgumentException("logger: required (Lambda always gives the handler one)");
        }
    }

    /** A local invocation with {@code remaining} time left from now, as the stack's function, logging to stdout. */
    public static LocalContext withRemaining(Duration remaining) {
        return local(System.currentTimeMillis() + remaining.toMillis());
    }

    /** A local invocation that never runs out of time (the remaining time reads {@link Integer#MAX_VALUE}). */
    public static LocalContext unbounded() {
        return local(Long.MAX_VALUE);
    }

    private static LocalContext local(long deadlineEpochMs) {
        return new LocalContext(
                "local",
                deadlineEpochMs,
                LOCAL_FUNCTION,
                LATEST,
                REGION,
                FunctionSettings.MEMORY_MB,
                StdoutLogger.INSTANCE);
    }

    /** Time to the deadline: never negative, and at most {@link Integer#MAX_VALUE} (Lambda's type is an int). */
    @Override
    public int getRemainingTimeInMillis() {
        long now = System.currentTimeMillis();
        if (deadlineEpochMs <= now) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE, deadlineEpochMs - now);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return functionVersion;
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + region + ":000000000000:function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
    }

    /** One line per message on this process's stdout at the time of the call (tests may replace System.out). */
    private static final class StdoutLogger implements LambdaLogger {
        static final StdoutLogger INSTANCE = new StdoutLogger();

        @Override
        public void log(String message) {
            System.out.println(message);
        }

        @Override
        public void log(byte[] message) {
            System.out.println(new String(message, StandardCharsets.UTF_8));
        }
    }
}
