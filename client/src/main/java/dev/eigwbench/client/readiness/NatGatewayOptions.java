package dev.eigwbench.client.readiness;

import java.util.List;
import picocli.CommandLine.Option;

/** Which NAT gateways' real traffic to price, and over how many days: checked before any call. */
final class NatGatewayOptions {
    @Option(
            names = "--nat-gateway-id",
            description =
                    "A NAT gateway to price from its CloudWatch metrics (repeatable), e.g. nat-0123456789abcdef0.")
    List<String> natGatewayIds;

    @Option(
            names = "--vpc-id",
            description = "Price every available NAT gateway of this VPC (EC2 DescribeNatGateways), e.g."
                    + " vpc-0123456789abcdef0; instead of --nat-gateway-id.")
    String vpcId;

    @Option(
            names = "--days",
            defaultValue = "30",
            description = "Days of NAT metrics to read (default: ${DEFAULT-VALUE}).")
    int days;

    /** The ids, the VPC id and the window, each by its own rule; --vpc-id and --nat-gateway-id exclude each other. */
    void validate() {
        NatTrafficReader.validate(listed());
        if (vpcId != null) {
            if (!listed().isEmpty()) {
                throw new IllegalArgumentException("pass --vpc-id or --nat-gateway-id, not both: --vpc-id prices all"
                        + " of the VPC's NAT gateways, --nat-gateway-id only the ones you list");
            }
            NatGatewayFinder.validate(vpcId);
        }
        if (days < 1 || days > 455)
            throw new IllegalArgumentException(
                    "--days must be 1..455 (CloudWatch keeps daily data 455 days), got " + days);
    }

    /** The gateways named by --nat-gateway-id; empty with --vpc-id, whose gateways only EC2 knows. */
    List<String> listed() {
        return natGatewayIds == null ? List.of() : natGatewayIds;
    }

    /** Null unless the gateways are the VPC's. */
    String vpcId() {
        return vpcId;
    }

    int days() {
        return days;
    }

    /** The priced gateways as the report's parameter states them. */
    String describe(List<String> gateways) {
        return String.join(", ", gateways) + (vpcId == null ? "" : " (all available in " + vpcId + ")");
    }
}
