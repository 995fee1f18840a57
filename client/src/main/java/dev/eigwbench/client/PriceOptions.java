package dev.eigwbench.client;

import dev.eigwbench.report.cost.CostInputs;
import dev.eigwbench.report.cost.LambdaPrice;
import dev.eigwbench.report.cost.NatGatewayPrice;
import dev.eigwbench.report.cost.PriceCatalog;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Price parameters: dated defaults for the region, each overridable. */
public final class PriceOptions {
    /** The region whose prices stand in for a region the catalog lacks. */
    public static final String FALLBACK_REGION = "us-east-1";

    @Option(names = "--no-cost", description = "Leave the cost section out.")
    boolean noCost;

    @Option(
            names = "--monthly-traffic-gb",
            defaultValue = "100",
            description = "Traffic per month a NAT gateway would process, in GB (default: ${DEFAULT-VALUE}).")
    double monthlyTrafficGb;

    @Option(
            names = "--nat-azs",
            defaultValue = "2",
            description = "Availability zones, one NAT gateway each (default: ${DEFAULT-VALUE}).")
    int natAzs;

    @Option(names = "--lambda-gb-second-price", description = "USD per GB-second (arm64).")
    Double lambdaGbSecond;

    @Option(names = "--lambda-request-price", description = "USD per million requests.")
    Double lambdaPerMillion;

    @Mixin
    NatPriceOptions nat = new NatPriceOptions();

    @Option(names = "--prices-as-of", description = "Date to state for overridden prices, e.g. 2026-01.")
    String pricesAsOf;

    /**
     * @param notes receives a note when the region has no defaults and another region's are used
     * @return null when --no-cost
     */
    public CostInputs toInputs(String region, List<String> notes) {
        if (noCost) return null;
        if (natAzs < 1) throw new IllegalArgumentException("--nat-azs must be >= 1, got " + natAzs);
        if (!(monthlyTrafficGb >= 0)) {
            throw new IllegalArgumentException("--monthly-traffic-gb must be >= 0, got " + monthlyTrafficGb);
        }
        String priceRegion = region;
        if (region == null || PriceCatalog.lambdaArm64(region).isEmpty()) {
            priceRegion = FALLBACK_REGION;
            notes.add("No default prices for region " + region + ": " + FALLBACK_REGION + " prices used; pass"
                    + " --lambda-gb-second-price, --nat-hourly-price and --nat-gb-price for exact figures"
                    + " (defaults exist for " + PriceCatalog.regions() + ").");
        }
        LambdaPrice lambda = PriceCatalog.lambdaArm64(priceRegion).orElseThrow();
        String asOf = NatPriceOptions.asOf(
                lambdaGbSecond != null || lambdaPerMillion != null || nat.overridden(), pricesAsOf);
        lambda = new LambdaPrice(
                priceRegion,
                lambda.architecture(),
                lambdaGbSecond != null ? lambdaGbSecond : lambda.usdPerGbSecond(),
                lambdaPerMillion != null ? lambdaPerMillion : lambda.usdPerMillionRequests(),
                asOf);
        NatGatewayPrice natPrice = nat.over(PriceCatalog.natGateway(priceRegion).orElseThrow(), asOf);
        return new CostInputs(lambda, natPrice, natAzs, monthlyTrafficGb);
    }
}
