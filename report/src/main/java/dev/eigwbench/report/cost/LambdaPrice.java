package dev.eigwbench.report.cost;

/**
 * Lambda on-demand prices for one region and architecture.
 *
 * @param region e.g. "us-east-1"
 * @param architecture "arm64"
 * @param usdPerGbSecond compute price, first tier
 * @param usdPerMillionRequests request price
 * @param asOf when the price was read, e.g. "2025-06"; stated in every report so readers can check it
 */
public record LambdaPrice(
        String region, String architecture, double usdPerGbSecond, double usdPerMillionRequests, String asOf) {
    public LambdaPrice {
        if (region == null || region.isBlank()) throw new IllegalArgumentException("region is required");
        if (architecture == null || architecture.isBlank()) {
            throw new IllegalArgumentException("architecture is required");
        }
        if (!(usdPerGbSecond >= 0)) {
            throw new IllegalArgumentException("usdPerGbSecond must be >= 0, got " + usdPerGbSecond);
        }
        if (!(usdPerMillionRequests >= 0)) {
            throw new IllegalArgumentException("usdPerMillionRequests must be >= 0, got " + usdPerMillionRequests);
        }
        if (asOf == null || asOf.isBlank()) throw new IllegalArgumentException("asOf is required");
    }
}
