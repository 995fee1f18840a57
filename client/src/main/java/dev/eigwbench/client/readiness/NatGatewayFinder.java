package dev.eigwbench.client.readiness;

import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NatGateway;

/**
 * Finds a VPC's NAT gateways with EC2 DescribeNatGateways (read-only, paginated), so {@code --vpc-id} prices the
 * same gateways {@code --nat-gateway-id} would. Only available gateways: a pending, failed or deleted one costs
 * nothing today.
 */
final class NatGatewayFinder {
    private static final Pattern VPC_ID = Pattern.compile("vpc-[0-9a-f]{8,17}");

    private final Ec2Client ec2;

    NatGatewayFinder(Ec2Client ec2) {
        this.ec2 = ec2;
    }

    /** Checks the id before any call: "vpc-" and 8 or 17 hex digits. */
    static void validate(String vpcId) {
        if (!VPC_ID.matcher(vpcId).matches()) {
            throw new IllegalArgumentException("--vpc-id '" + vpcId + "' is not a VPC id (e.g."
                    + " vpc-0123456789abcdef0; `aws ec2 describe-vpcs` lists them)");
        }
    }

    /** The VPC's available NAT gateway ids, in the order EC2 lists them; empty when it has none. */
    List<String> find(String vpcId) {
        var request = DescribeNatGatewaysRequest.builder()
                .filter(
                        Filter.builder().name("vpc-id").values(vpcId).build(),
                        Filter.builder().name("state").values("available").build())
                .maxResults(1000)
                .build();
        return ec2.describeNatGatewaysPaginator(request).natGateways().stream()
                .map(NatGateway::natGatewayId)
                .distinct()
                .toList();
    }
}
