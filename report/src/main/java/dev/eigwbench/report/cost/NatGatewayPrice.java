package dev.eigwbench.report.cost;

/**
 * NAT gateway prices for one region.
 *
 * @param usdPerHour per NAT gateway hour
 * @param usdPerGbProcessed per GB the gateway processes, in either direction
 * @param usdPerPublicIpv4Hour the Elastic IP each public NAT gateway holds (public IPv4 is charged since 2024)
 * @param asOf when the prices were read
 */
public record NatGatewayPrice(
        String region, double usdPerHour, double usdPerGbProcessed, double usdPerPublicIpv4Hour, String asOf) {
    public NatGatewayPrice {
        if (region == null || region.isBlank()) throw new IllegalArgumentException("region is required");
        if (!(usdPerHour >= 0)) throw new IllegalArgumentException("usdPerHour must be >= 0, got " + usdPerHour);
        if (!(usdPerGbProcessed >= 0)) {
            throw new IllegalArgumentException("usdPerGbProcessed must be >= 0, got " + usdPerGbProcessed);
        }
        if (!(usdPerPublicIpv4Hour >= 0)) {
            throw new IllegalArgumentException("usdPerPublicIpv4Hour must be >= 0, got " + usdPerPublicIpv4Hour);
        }
        if (asOf == null || asOf.isBlank()) throw new IllegalArgumentException("asOf is required");
    }
}
