package dev.eigwbench.lab.runtime;

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
}
