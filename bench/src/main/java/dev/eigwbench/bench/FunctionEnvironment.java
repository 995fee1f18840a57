package dev.eigwbench.bench;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.Variant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The stack's environment for the function (as the lab gives it) and Lambda's own variables, at the emulators. */
final class FunctionEnvironment {
    private FunctionEnvironment() {}

    static Map<String, String> of(EmulatorsChild emulators, int iterations) {
        var env = new LinkedHashMap<>(FunctionSettings.environment(
                Variant.PUBLIC,
                emulators.table(),
                emulators.queueUrl(),
                emulators.bucket(),
                emulators.fetchUrl(),
                iterations));
        env.put("AWS_ENDPOINT_URL_DYNAMODB", emulators.dynamoDbUrl());
        env.put("AWS_ENDPOINT_URL_SQS", emulators.sqsUrl());
        env.put("AWS_ENDPOINT_URL_S3", emulators.s3Url());
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "bench");
        env.put("AWS_SECRET_ACCESS_KEY", "bench");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put(FunctionSettings.ENV_ALLOW_LOOPBACK_URL, "true"); // the emulators' public API is on loopback
        env.put("AWS_LAMBDA_FUNCTION_NAME", "eigw-bench-bench");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(FunctionSettings.MEMORY_MB));
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("TZ", ":UTC");
        env.put("LANG", "en_US.UTF-8");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        return env;
    }
}
