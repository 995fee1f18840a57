package dev.eigwbench.lab.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** The invocation context Lambda gives a handler: identity of the function and the time it has left. */
final class LocalContext implements Context {
    private final String requestId;
    private final long deadlineEpochMs;
    private final FunctionIdentity function;
    private final LambdaLogger logger;

    LocalContext(String requestId, long deadlineEpochMs, FunctionIdentity function, LambdaLogger logger) {
        this.requestId = requestId;
        this.deadlineEpochMs = deadlineEpochMs;
        this.function = function;
        this.logger = logger;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + function.name();
    }

    @Override
    public String getLogStreamName() {
        return "local-lab";
    }

    @Override
    public String getFunctionName() {
        return function.name();
    }

    @Override
    public String getFunctionVersion() {
        return function.version();
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + function.region() + ":000000000000:function:" + function.name();
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
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, deadlineEpochMs - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memoryMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
