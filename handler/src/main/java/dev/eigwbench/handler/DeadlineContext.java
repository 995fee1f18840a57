package dev.eigwbench.handler;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.eigwbench.common.FunctionSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Lambda's {@link Context} for running the handler outside Lambda ({@link LocalRunner}, tests). The handler reads
 * only the remaining time, which counts down in real time as it does in Lambda.
 */
public record DeadlineContext(long deadlineMs) implements Context {
    private static final String FUNCTION_NAME = "eigw-bench-local";

    public static DeadlineContext withRemaining(Duration remaining) {
        return new DeadlineContext(System.currentTimeMillis() + remaining.toMillis());
    }

    public static DeadlineContext unbounded() {
        return new DeadlineContext(Long.MAX_VALUE);
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, deadlineMs - System.currentTimeMillis()));
    }

    @Override
    public String getAwsRequestId() {
        return "local";
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + FUNCTION_NAME;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return FUNCTION_NAME;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + FUNCTION_NAME;
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
        return FunctionSettings.MEMORY_MB;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                System.out.println(message);
            }

            @Override
            public void log(byte[] message) {
                System.out.println(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
