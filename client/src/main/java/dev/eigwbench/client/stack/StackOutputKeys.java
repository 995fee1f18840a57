package dev.eigwbench.client.stack;

import dev.eigwbench.common.Variant;

/**
 * The stack output keys the client reads. The stack must emit these; an alias ARN is preferred over a function name
 * because the alias is the SnapStart-published version that users invoke.
 */
public final class StackOutputKeys {
    public static final String DEFAULT_STACK_NAME = "EgressOnlyInternetGatewayTest";
    public static final String VPC_FUNCTION_ALIAS_ARN = "VpcFunctionAliasArn";
    public static final String PUBLIC_FUNCTION_ALIAS_ARN = "PublicFunctionAliasArn";
    public static final String VPC_FUNCTION_NAME = "VpcFunctionName";
    public static final String PUBLIC_FUNCTION_NAME = "PublicFunctionName";

    private StackOutputKeys() {}

    public static String aliasArnKey(Variant variant) {
        return variant == Variant.VPC ? VPC_FUNCTION_ALIAS_ARN : PUBLIC_FUNCTION_ALIAS_ARN;
    }

    public static String functionNameKey(Variant variant) {
        return variant == Variant.VPC ? VPC_FUNCTION_NAME : PUBLIC_FUNCTION_NAME;
    }
}
