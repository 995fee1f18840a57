package dev.eigwbench.client.readiness;

/**
 * One NAT gateway's processed bytes over the window, from CloudWatch (AWS/NATGateway BytesInFromSource +
 * BytesInFromDestination: every byte the gateway received, from the VPC and from the internet, which is what
 * its per-GB processing charge counts).
 *
 * @param natGatewayId e.g. nat-0123456789abcdef0
 * @param bytesProcessed the sum over the window
 * @param daysWithData days in the window that had any data point (0: a wrong id, region, or a new gateway)
 */
public record NatGatewayTraffic(String natGatewayId, double bytesProcessed, int daysWithData) {
    /** AWS bills data in GB of 2^30 bytes. */
    public static final double BYTES_PER_GB = 1024d * 1024 * 1024;

    public double gbProcessed() {
        return bytesProcessed / BYTES_PER_GB;
    }
}
