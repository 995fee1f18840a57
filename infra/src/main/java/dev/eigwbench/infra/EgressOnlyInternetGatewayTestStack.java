package dev.eigwbench.infra;

import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.Variant;
import dev.eigwbench.infra.constructs.BenchmarkDashboard;
import dev.eigwbench.infra.constructs.BenchmarkDashboardProps;
import dev.eigwbench.infra.constructs.BenchmarkData;
import dev.eigwbench.infra.constructs.BenchmarkFunction;
import dev.eigwbench.infra.constructs.BenchmarkFunctionProps;
import dev.eigwbench.infra.constructs.FunctionSpec;
import dev.eigwbench.infra.constructs.NoNatVpc;
import dev.eigwbench.infra.constructs.NoNatVpcProps;
import java.util.Map;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The seed's architecture in Java: a NAT-less dual-stack VPC, the data the benchmark writes, and two identical
 * functions, one in the VPC's private subnets and one outside any VPC. The stack only wires constructs together.
 *
 * <p>Its id and CloudFormation name is {@link dev.eigwbench.common.StackOutputs#DEFAULT_STACK_NAME}
 * ({@code EgressOnlyInternetGatewayTest}, the seed's: it stays so a deployed stack updates in place), or context
 * {@code stackName}. The class is that name plus CDK's conventional {@code Stack} suffix, so searching for the name
 * shown in CloudFormation finds it.
 */
public final class EgressOnlyInternetGatewayTestStack extends Stack {
    private final NoNatVpc network;
    private final BenchmarkData data;
    private final BenchmarkFunction vpcFunction;
    private final BenchmarkFunction publicFunction;
    private final BenchmarkDashboard dashboard;

    public EgressOnlyInternetGatewayTestStack(
            Construct scope, StackProps stackProps, BenchmarkConfig config, DeploymentPackage deploymentPackage) {
        super(scope, config.stackName(), stackProps);
        this.network = new NoNatVpc(this, "Network", NoNatVpcProps.SEED);
        this.data = new BenchmarkData(this, "Data");
        var spec = new FunctionSpec(
                deploymentPackage.code(),
                config.lambdaRuntime(),
                config.memoryMb(),
                config.timeout(),
                config.logRetention(),
                config.fetchUrl(),
                config.iterations(),
                config.snapStart());
        var names = config.functionNames();
        this.vpcFunction = new BenchmarkFunction(
                this, "VpcHandler", BenchmarkFunctionProps.inVpc(names.of(Variant.VPC), spec, data, network));
        this.publicFunction = new BenchmarkFunction(
                this, "PublicHandler", BenchmarkFunctionProps.outsideVpc(names.of(Variant.PUBLIC), spec, data));
        this.dashboard = new BenchmarkDashboard(
                this,
                "Dashboard",
                new BenchmarkDashboardProps(Map.of(
                        Variant.VPC, vpcFunction.getAlias(),
                        Variant.PUBLIC, publicFunction.getAlias())));
        createOutputs();
    }

    public NoNatVpc getNetwork() {
        return network;
    }

    public BenchmarkData getData() {
        return data;
    }

    public BenchmarkFunction getVpcFunction() {
        return vpcFunction;
    }

    public BenchmarkFunction getPublicFunction() {
        return publicFunction;
    }

    public BenchmarkDashboard getDashboard() {
        return dashboard;
    }

    private void createOutputs() {
        output(
                StackOutputs.VPC_FUNCTION_NAME,
                vpcFunction.getFunction().getFunctionName(),
                "VPC function (private subnets)");
        output(
                StackOutputs.PUBLIC_FUNCTION_NAME,
                publicFunction.getFunction().getFunctionName(),
                "Function outside any VPC");
        output(
                StackOutputs.VPC_FUNCTION_ALIAS_ARN,
                vpcFunction.getAlias().getFunctionArn(),
                "Invoke this: VPC function");
        output(
                StackOutputs.PUBLIC_FUNCTION_ALIAS_ARN,
                publicFunction.getAlias().getFunctionArn(),
                "Invoke this: public function");
        output(StackOutputs.TABLE_NAME, data.getTable().getTableName(), "DynamoDB table the functions write");
        output(StackOutputs.QUEUE_URL, data.getQueue().getQueueUrl(), "SQS queue the functions send to");
        output(StackOutputs.BUCKET_NAME, data.getBucket().getBucketName(), "S3 bucket the functions write");
        output(StackOutputs.DASHBOARD_URL, dashboard.getUrl(), "CloudWatch dashboard: per-step p50/p99, both variants");
    }

    private void output(String key, String value, String description) {
        CfnOutput.Builder.create(this, key)
                .value(value)
                .description(description)
                .build();
    }
}
