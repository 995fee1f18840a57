package dev.eigwbench.infra;

import dev.eigwbench.common.Variant;
import java.util.Arrays;
import java.util.List;

/**
 * The two functions' names, derived from the stack name here and nowhere else: the benchmark stack gives its
 * functions these names and the GitHub deploy role grants exactly these. Explicit names, because a name CloudFormation
 * generates ({@code <stack>-<logical id>-<random>}) is shortened when it passes Lambda's 64 characters, the stack part
 * to about 25, so no stack-name prefix in a policy can be relied on to match it.
 *
 * @param stackName the benchmark stack's name
 */
public record BenchmarkFunctionNames(String stackName) {
    /** Lambda's limit for a function name. */
    public static final int MAX_FUNCTION_NAME_LENGTH = 64;
    /** The longest stack name whose function names all fit {@link #MAX_FUNCTION_NAME_LENGTH}. */
    public static final int MAX_STACK_NAME_LENGTH = MAX_FUNCTION_NAME_LENGTH - longestSuffix();

    public BenchmarkFunctionNames {
        if (stackName == null || stackName.isEmpty() || stackName.length() > MAX_STACK_NAME_LENGTH) {
            String longest = stackName + suffix(Variant.PUBLIC);
            throw new ConfigurationException("Invalid CDK context '" + BenchmarkConfig.KEY_STACK_NAME
                    + "': expected at most " + MAX_STACK_NAME_LENGTH + " characters, so the function name '"
                    + longest + "' fits Lambda's " + MAX_FUNCTION_NAME_LENGTH + ", got '" + stackName + "' ("
                    + (stackName == null ? 0 : stackName.length()) + " characters). Fix it in cdk.json (\"context\")"
                    + " or pass -c " + BenchmarkConfig.KEY_STACK_NAME + "=" + BenchmarkConfig.DEFAULT_STACK_NAME + ".");
        }
    }

    /** {@code <stackName>-vpc} or {@code <stackName>-public}. */
    public String of(Variant variant) {
        return stackName + suffix(variant);
    }

    /** Both names, in {@link Variant} order. */
    public List<String> all() {
        return Arrays.stream(Variant.values()).map(this::of).toList();
    }

    private static String suffix(Variant variant) {
        return "-" + variant.id();
    }

    private static int longestSuffix() {
        return Arrays.stream(Variant.values())
                .mapToInt(variant -> suffix(variant).length())
                .max()
                .orElseThrow();
    }
}
