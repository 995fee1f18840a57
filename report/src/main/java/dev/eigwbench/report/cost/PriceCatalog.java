package dev.eigwbench.report.cost;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dated default prices for a few regions, from the public Lambda and VPC pricing pages. Prices change: every report
 * states the date, and every price can be overridden on the command line.
 */
public final class PriceCatalog {
    public static final String AS_OF = "2025-06";
    public static final String ARM64 = "arm64";
    /** AWS bills hourly resources on a 730-hour month. */
    public static final double HOURS_PER_MONTH = 730;

    private static final double LAMBDA_ARM64_GB_SECOND = 0.0000133334;
    private static final double LAMBDA_PER_MILLION_REQUESTS = 0.20;
    private static final double PUBLIC_IPV4_HOUR = 0.005;

    /** Region → {hourly, per GB processed}. */
    private static final Map<String, double[]> NAT = Map.of(
            "us-east-1", new double[] {0.045, 0.045},
            "us-east-2", new double[] {0.045, 0.045},
            "us-west-2", new double[] {0.045, 0.045},
            "eu-west-1", new double[] {0.048, 0.048},
            "eu-central-1", new double[] {0.052, 0.052},
            "ap-southeast-1", new double[] {0.059, 0.059});

    private PriceCatalog() {}

    public static Set<String> regions() {
        return new TreeSet<>(NAT.keySet());
    }

    /** First-tier arm64 price; the same in every region listed here. */
    public static Optional<LambdaPrice> lambdaArm64(String region) {
        if (!NAT.containsKey(region)) return Optional.empty();
        return Optional.of(new LambdaPrice(region, ARM64, LAMBDA_ARM64_GB_SECOND, LAMBDA_PER_MILLION_REQUESTS, AS_OF));
    }

    public static Optional<NatGatewayPrice> natGateway(String region) {
        double[] p = NAT.get(region);
        if (p == null) return Optional.empty();
        return Optional.of(new NatGatewayPrice(region, p[0], p[1], PUBLIC_IPV4_HOUR, AS_OF));
    }
}
