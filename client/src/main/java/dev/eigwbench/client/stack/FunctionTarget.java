package dev.eigwbench.client.stack;

import dev.eigwbench.common.Variant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which function (and alias) to invoke for a variant.
 *
 * @param functionName the function's name or unqualified ARN
 * @param qualifier the alias (or version) to invoke, or null for {@code $LATEST}
 */
public record FunctionTarget(Variant variant, String functionName, String qualifier) {
    /** arn:partition:lambda:region:account:function:name[:qualifier] */
    private static final Pattern FUNCTION_ARN =
            Pattern.compile("arn:[a-z-]+:lambda:([a-z0-9-]+):\\d{12}:function:([A-Za-z0-9_-]+)(?::([A-Za-z0-9$_-]+))?");

    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z0-9_-]{1,140}");

    public FunctionTarget {
        if (variant == null) throw new IllegalArgumentException("variant is required");
        if (functionName == null || functionName.isBlank()) {
            throw new IllegalArgumentException("functionName is required");
        }
    }

    /**
     * Parses a function name, a function ARN, or a qualified (alias) ARN; {@code option} names the input in errors.
     */
    public static FunctionTarget parse(Variant variant, String nameOrArn, String option) {
        String value = nameOrArn == null ? "" : nameOrArn.trim();
        var arn = FUNCTION_ARN.matcher(value);
        if (arn.matches()) {
            String unqualified = arn.group(3) == null ? value : value.substring(0, value.lastIndexOf(':'));
            return new FunctionTarget(variant, unqualified, arn.group(3));
        }
        if (FUNCTION_NAME.matcher(value).matches()) {
            return new FunctionTarget(variant, value, null);
        }
        throw new IllegalArgumentException(option + " must be a Lambda function name or ARN (e.g."
                + " arn:aws:lambda:us-east-1:123456789012:function:my-fn:live), got '" + value + "'");
    }

    /** The region in the function's ARN; empty for a plain name. */
    public Optional<String> region() {
        var arn = FUNCTION_ARN.matcher(functionName);
        return arn.matches() ? Optional.of(arn.group(1)) : Optional.empty();
    }

    /** How progress lines and errors name the function. */
    public String display() {
        return qualifier == null ? functionName : functionName + ":" + qualifier;
    }
}
