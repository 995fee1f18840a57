package dev.eigwbench.handler;

import java.util.Map;

/** What Lambda tells the function about itself through its environment; "local" values outside Lambda. */
record LambdaEnvironment(String initType, String region, int memoryMb, String runtime) {
    static LambdaEnvironment from(Map<String, String> env) {
        int memory;
        try {
            memory = Integer.parseInt(env.getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "0"));
        } catch (NumberFormatException e) {
            memory = 0;
        }
        return new LambdaEnvironment(
                env.getOrDefault("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"),
                env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", "us-east-1")),
                memory,
                env.getOrDefault("AWS_EXECUTION_ENV", "local"));
    }
}
