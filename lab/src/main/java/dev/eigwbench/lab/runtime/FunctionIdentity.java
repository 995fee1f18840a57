package dev.eigwbench.lab.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.eigwbench.common.lambda.LocalContext;
import java.util.Map;

/** What Lambda tells a function about itself, read from the same environment variables Lambda sets. */
record FunctionIdentity(String name, String version, String region, int memoryMb) {
    static FunctionIdentity fromEnvironment(Map<String, String> env) {
        return new FunctionIdentity(
                env.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", "local-function"),
                env.getOrDefault("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
                env.getOrDefault("AWS_REGION", "us-east-1"),
                Integer.parseInt(env.getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024")));
    }

    /** The context Lambda gives this function's handler for one invocation. */
    LocalContext context(String requestId, long deadlineEpochMs, LambdaLogger logger) {
        return new LocalContext(requestId, deadlineEpochMs, name, version, region, memoryMb, logger);
    }
}
