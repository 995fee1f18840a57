package dev.eigwbench.report.cost;

/**
 * A month of NAT gateways versus what this design uses instead: an egress-only internet gateway and gateway
 * endpoints, both free. Internet data transfer out is charged the same on either path, so it is left out.
 *
 * @param natHourlyUsd gateway hours for all AZs
 * @param natPublicIpv4Usd one Elastic IP per gateway
 * @param natProcessingUsd per-GB processing of the monthly traffic
 * @param natMonthlyUsd the sum of the three
 * @param egressOnlyGatewayMonthlyUsd always 0
 * @param gatewayEndpointsMonthlyUsd always 0 (S3 and DynamoDB gateway endpoints)
 * @param monthlySavingsUsd NAT minus this design
 */
public record NatComparison(
        int azs,
        double monthlyTrafficGb,
        double natHourlyUsd,
        double natPublicIpv4Usd,
        double natProcessingUsd,
        double natMonthlyUsd,
        double egressOnlyGatewayMonthlyUsd,
        double gatewayEndpointsMonthlyUsd,
        double monthlySavingsUsd) {}
