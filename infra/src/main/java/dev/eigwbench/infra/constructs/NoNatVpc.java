package dev.eigwbench.infra.constructs;

import java.util.List;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpoint;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IGatewayVpcEndpoint;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.IpProtocol;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.constructs.Construct;

/**
 * A dual-stack VPC whose private subnets reach the internet over IPv6 only, through an egress-only internet gateway
 * (free), instead of through a NAT gateway (hourly plus per-GB). S3 and DynamoDB are reached over IPv4 through
 * gateway endpoints (also free); everything else must offer a dual-stack endpoint.
 */
public final class NoNatVpc extends Construct {
    private final Vpc vpc;
    private final IGatewayVpcEndpoint s3Endpoint;
    private final IGatewayVpcEndpoint dynamoDbEndpoint;

    public NoNatVpc(Construct scope, String id, NoNatVpcProps props) {
        super(scope, id);
        this.vpc = createVpc(props);
        // restrictDefaultSecurityGroup strips the default group's rules through a provider that logs.
        new ProviderLogGroup(
                this,
                "RestrictDefaultSecurityGroupLogs",
                CdkInternals.RESTRICT_DEFAULT_SG_PROVIDER,
                CdkInternals.restrictDefaultSecurityGroup(vpc));
        // No subnet selection: the endpoints' routes go into every route table, as in the seed.
        this.s3Endpoint = addGatewayEndpoint("S3Endpoint", GatewayVpcEndpointAwsService.S3);
        this.dynamoDbEndpoint = addGatewayEndpoint("DynamoDbEndpoint", GatewayVpcEndpointAwsService.DYNAMODB);
        NagFindings.accept(
                vpc,
                "AwsSolutions-VPC7",
                "The VPC carries only the benchmark's own short runs; flow logs would add log ingestion cost and a"
                        + " log group to clean up without changing what is measured.");
    }

    public IVpc getVpc() {
        return vpc;
    }

    /** Where the VPC function runs: the subnets whose IPv6 default route is the egress-only internet gateway. */
    public SubnetSelection getPrivateSubnets() {
        return SubnetSelection.builder()
                .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                .build();
    }

    public IGatewayVpcEndpoint getS3Endpoint() {
        return s3Endpoint;
    }

    public IGatewayVpcEndpoint getDynamoDbEndpoint() {
        return dynamoDbEndpoint;
    }

    private Vpc createVpc(NoNatVpcProps props) {
        // DUAL_STACK makes CDK add the egress-only internet gateway and the ::/0 routes from the private subnets.
        return Vpc.Builder.create(this, "Vpc")
                .ipProtocol(IpProtocol.DUAL_STACK)
                .maxAzs(props.maxAzs())
                .natGateways(0)
                // Said explicitly (it is also a recommended flag): the default group, unused, allows nothing.
                .restrictDefaultSecurityGroup(true)
                .subnetConfiguration(List.of(
                        subnet("Public", SubnetType.PUBLIC, props.cidrMask()),
                        subnet("Private", SubnetType.PRIVATE_WITH_EGRESS, props.cidrMask()),
                        subnet("Isolated", SubnetType.PRIVATE_ISOLATED, props.cidrMask())))
                .build();
    }

    private static SubnetConfiguration subnet(String name, SubnetType type, int cidrMask) {
        return SubnetConfiguration.builder()
                .name(name)
                .subnetType(type)
                .cidrMask(cidrMask)
                .build();
    }

    private GatewayVpcEndpoint addGatewayEndpoint(String id, GatewayVpcEndpointAwsService service) {
        return vpc.addGatewayEndpoint(
                id, GatewayVpcEndpointOptions.builder().service(service).build());
    }
}
