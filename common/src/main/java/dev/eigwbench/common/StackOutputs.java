package dev.eigwbench.common;

/**
 * The stack's output keys, written by the stack and read by the compare client (from DescribeStacks or
 * {@code cdk deploy --outputs-file}). An alias ARN is preferred over a function name: the alias is the
 * SnapStart-published version users invoke.
 */
public final class StackOutputs {
    public static final String DEFAULT_STACK_NAME = "EgressOnlyInternetGatewayTest";

    public static final String VPC_FUNCTION_NAME = "VpcFunctionName";
    public static final String PUBLIC_FUNCTION_NAME = "PublicFunctionName";
    public static final String VPC_FUNCTION_ALIAS_ARN = "VpcFunctionAliasArn";
    public static final String PUBLIC_FUNCTION_ALIAS_ARN = "PublicFunctionAliasArn";
    public static final String TABLE_NAME = "TableName";
    public static final String QUEUE_URL = "QueueUrl";
    public static final String BUCKET_NAME = "BucketName";
    public static final String DASHBOARD_URL = "DashboardUrl";

    private StackOutputs() {}

    public static String aliasArnKey(Variant variant) {
        return variant == Variant.VPC ? VPC_FUNCTION_ALIAS_ARN : PUBLIC_FUNCTION_ALIAS_ARN;
    }

    public static String functionNameKey(Variant variant) {
        return variant == Variant.VPC ? VPC_FUNCTION_NAME : PUBLIC_FUNCTION_NAME;
    }
}
