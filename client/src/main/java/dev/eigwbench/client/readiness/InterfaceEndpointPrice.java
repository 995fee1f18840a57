package dev.eigwbench.client.readiness;

/**
 * What an interface VPC endpoint (PrivateLink) costs: the alternative for an AWS service with no dual-stack
 * endpoint.
 *
 * @param usdPerAzHour per endpoint, per AZ it is in, per hour
 * @param usdPerGb per GB it processes
 * @param asOf when the prices were read, or "user-supplied"
 */
public record InterfaceEndpointPrice(String region, double usdPerAzHour, double usdPerGb, String asOf) {
    /** us-east-1, first tier, from the PrivateLink pricing page. */
    public static final double DEFAULT_HOURLY = 0.01;

    public static final double DEFAULT_PER_GB = 0.01;

    public InterfaceEndpointPrice {
        if (!(usdPerAzHour >= 0)) throw new IllegalArgumentException("usdPerAzHour must be >= 0");
        if (!(usdPerGb >= 0)) throw new IllegalArgumentException("usdPerGb must be >= 0");
    }
}
