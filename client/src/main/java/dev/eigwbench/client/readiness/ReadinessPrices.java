package dev.eigwbench.client.readiness;

import dev.eigwbench.report.cost.NatGatewayPrice;

/**
 * The prices the readiness report uses.
 *
 * @param nat the NAT gateway's hourly, per-GB and public IPv4 prices (report's dated catalog, or overridden)
 * @param endpoint an interface endpoint's per-AZ-hour and per-GB prices
 * @param azs availability zones: one NAT gateway, or one endpoint network interface, in each
 * @param natTrafficGb monthly GB a NAT would process, when no gateway's metrics were read
 * @param endpointTrafficGb monthly GB through each interface endpoint
 */
public record ReadinessPrices(
        NatGatewayPrice nat, InterfaceEndpointPrice endpoint, int azs, double natTrafficGb, double endpointTrafficGb) {
    public ReadinessPrices {
        if (azs < 1) throw new IllegalArgumentException("--azs must be >= 1, got " + azs);
        if (!(natTrafficGb >= 0)) throw new IllegalArgumentException("--monthly-traffic-gb must be >= 0");
        if (!(endpointTrafficGb >= 0)) throw new IllegalArgumentException("--endpoint-traffic-gb must be >= 0");
    }
}
