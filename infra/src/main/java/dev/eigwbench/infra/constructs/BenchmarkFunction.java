package dev.eigwbench.infra.constructs;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.Variant;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IAlias;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.VersionOptions;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * One benchmark function with its own least-privilege role, log group, SnapStart-published version and
 * {@value #ALIAS_NAME} alias. Clients invoke the alias: that is the version SnapStart snapshots.
 */
public final class BenchmarkFunction extends Construct {
    public static final String ALIAS_NAME = "live";

    /**
     * The EC2 actions Lambda needs to manage the function's network interfaces (those of AWS's
     * AWSLambdaVPCAccessExecutionRole, without its logs:* on every log group).
     */
    public static final List<String> NETWORK_INTERFACE_ACTIONS = List.of(
            "ec2:CreateNetworkInterface",
            "ec2:DescribeNetworkInterfaces",
            "ec2:DescribeSubnets",
            "ec2:DeleteNetworkInterface",
            "ec2:AssignPrivateIpAddresses",
            "ec2:UnassignPrivateIpAddresses");

    private final Role role;
    private final LogGroup logGroup;
    private final Optional<SecurityGroup> securityGroup;
    private final Function function;
    private final Alias alias;

    public BenchmarkFunction(Construct scope, String id, BenchmarkFunctionProps props) {
        super(scope, id);
        this.role = createRole(props);
        this.logGroup = createLogGroup(props.spec());
        this.securityGroup = props.network().map(this::createSecurityGroup);
        this.function = createFunction(props);
        this.alias = Alias.Builder.create(this, "LiveAlias")
                .aliasName(ALIAS_NAME)
                .version(function.getCurrentVersion())
                .build();
        grantPermissions(props);
        suppressWildcardFindings(props);
    }

    public IFunction getFunction() {
        return function;
    }

    /** What clients invoke: the published, SnapStart-enabled version. */
    public IAlias getAlias() {
        return alias;
    }

    public IRole getRole() {
        return role;
    }

    public ILogGroup getLogGroup() {
        return logGroup;
    }

    public Optional<ISecurityGroup> getSecurityGroup() {
        return securityGroup.map(ISecurityGroup.class::cast);
    }

    private Role createRole(BenchmarkFunctionProps props) {
        // Our own role, so Lambda's broad managed policies (logs:* on every log group) are never attached.
        return Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("eigw-bench " + props.variant().id() + " function: only the calls the benchmark makes")
                .build();
    }

    private LogGroup createLogGroup(FunctionSpec spec) {
        return LogGroup.Builder.create(this, "Logs")
                .retention(spec.logRetention())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
    }

    private SecurityGroup createSecurityGroup(NoNatVpc network) {
        // IPv6 egress is the point: it leaves through the egress-only gateway. IPv4 egress only reaches the
        // gateway endpoints, since the private subnets have no IPv4 default route. No ingress.
        return SecurityGroup.Builder.create(this, "SecurityGroup")
                .vpc(network.getVpc())
                .description("eigw-bench vpc function: egress only, IPv6 through the egress-only internet gateway")
                .allowAllOutbound(true)
                .allowAllIpv6Outbound(true)
                .build();
    }

    private Function createFunction(BenchmarkFunctionProps props) {
        FunctionSpec spec = props.spec();
        Variant variant = props.variant();
        var data = props.data();
        var builder = Function.Builder.create(this, "Function")
                .functionName(props.functionName())
                .description("eigw-bench " + variant.id() + " variant: times DynamoDB, SQS, S3 and an HTTP fetch")
                .runtime(spec.runtime())
                .architecture(Architecture.ARM_64)
                .handler(FunctionSettings.HANDLER)
                .code(spec.code())
                .memorySize(spec.memoryMb())
                .timeout(spec.timeout())
                .environment(FunctionSettings.environment(
                        variant,
                        data.getTable().getTableName(),
                        data.getQueue().getQueueUrl(),
                        data.getBucket().getBucketName(),
                        spec.fetchUrl(),
                        spec.iterations()))
                .role(role)
                .logGroup(logGroup)
                // A new version per deployment replaces the old one instead of piling up.
                .currentVersionOptions(VersionOptions.builder()
                        .removalPolicy(RemovalPolicy.DESTROY)
                        .build());
        if (spec.snapStart()) {
            builder.snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS);
        }
        props.network()
                .ifPresent(network -> builder.vpc(network.getVpc())
                        .vpcSubnets(network.getPrivateSubnets())
                        .securityGroups(List.of(securityGroup.orElseThrow()))
                        .ipv6AllowedForDualStack(true));
        Function created = builder.build();
        if (spec.snapStart()) {
            // CDK warns whenever SnapStart is on, since it only applies to published versions; the alias is one.
            Annotations.of(created)
                    .acknowledgeWarning(
                            "@aws-cdk/aws-lambda:snapStartRequirePublish",
                            "The live alias points at a published version (currentVersion).");
        }
        return created;
    }

    private void grantPermissions(BenchmarkFunctionProps props) {
        props.data().grantBenchmarkAccess(role);
        logGroup.grantWrite(role);
        if (props.network().isPresent()) {
            role.addToPolicy(PolicyStatement.Builder.create()
                    .actions(NETWORK_INTERFACE_ACTIONS)
                    .resources(List.of("*"))
                    .build());
        }
    }

    /** Each wildcard in the role, with why it cannot be narrower, on the policy that holds it. */
    private void suppressWildcardFindings(BenchmarkFunctionProps props) {
        Stack stack = Stack.of(this);
        var bucket = (CfnElement) props.data().getBucket().getNode().getDefaultChild();
        String bucketLogicalId = (String) stack.resolve(stack.getLogicalId(bucket));
        var suppressions = new ArrayList<NagPackSuppression>();
        suppressions.add(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .appliesTo(List.of("Resource::<" + bucketLogicalId + ".Arn>/*"))
                .reason("s3:PutObject on the benchmark bucket's objects only: every call writes a new random key.")
                .build());
        if (props.network().isPresent()) {
            suppressions.add(NagPackSuppression.builder()
                    .id("AwsSolutions-IAM5")
                    .appliesTo(List.of("Resource::*"))
                    .reason("Only the EC2 network-interface actions Lambda needs to attach the function to the VPC:"
                            + " the interfaces do not exist before Lambda creates them, and ec2:Describe* supports"
                            + " no resource-level permissions.")
                    .build());
        }
        NagSuppressions.addResourceSuppressions(CdkInternals.defaultPolicy(role), suppressions);
    }
}
