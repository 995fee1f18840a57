package dev.eigwbench.client.readiness;

import dev.eigwbench.client.NatPriceOptions;
import dev.eigwbench.client.PriceOptions;
import dev.eigwbench.report.cost.NatGatewayPrice;
import dev.eigwbench.report.cost.PriceCatalog;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What the readiness report prices with: the region's dated NAT gateway prices and us-east-1's interface endpoint
 * ones, each overridable, and the traffic to price when no gateway's metrics are read.
 */
final class ReadinessPriceOptions {
    @Option(
            names = "--azs",
            defaultValue = "2",
            description = "AZs: one NAT gateway or endpoint interface each (default: ${DEFAULT-VALUE}).")
    int azs;

    @Option(
            names = "--monthly-traffic-gb",
            defaultValue = "100",
            description = "GB a month through NAT, when no --nat-gateway-id (default: ${DEFAULT-VALUE}).")
    double monthlyTrafficGb;

    @Option(
            names = "--endpoint-traffic-gb",
            defaultValue = "10",
            description = "GB a month through each interface endpoint (default: ${DEFAULT-VALUE}).")
    double endpointTrafficGb;

    @Mixin
    NatPriceOptions nat = new NatPriceOptions();

    @Option(
            names = "--endpoint-hourly-price",
            description =
                    "USD per interface endpoint per AZ hour (default " + InterfaceEndpointPrice.DEFAULT_HOURLY + ").")
    Double endpointHourly;

    @Option(
            names = "--endpoint-gb-price",
            description =
                    "USD per GB through an interface endpoint (default " + InterfaceEndpointPrice.DEFAULT_PER_GB + ").")
    Double endpointPerGb;

    @Option(names = "--prices-as-of", description = "Date to state for overridden prices, e.g. 2026-01.")
    String pricesAsOf;

    /** @param notes receives a note for each default that is not the region's own */
    ReadinessPrices prices(String region, List<String> notes) {
        String priceRegion = region;
        if (PriceCatalog.natGateway(region).isEmpty()) {
            priceRegion = PriceOptions.FALLBACK_REGION;
            notes.add("No default prices for region " + region + ": " + PriceOptions.FALLBACK_REGION
                    + " prices used; pass"
                    + " --nat-hourly-price, --nat-gb-price, --endpoint-hourly-price and --endpoint-gb-price.");
        }
        String asOf =
                NatPriceOptions.asOf(nat.overridden() || endpointHourly != null || endpointPerGb != null, pricesAsOf);
        if (endpointHourly == null || endpointPerGb == null) {
            notes.add("Interface endpoint defaults are us-east-1's ($" + InterfaceEndpointPrice.DEFAULT_HOURLY
                    + " per AZ-hour, $" + InterfaceEndpointPrice.DEFAULT_PER_GB + " per GB, " + PriceCatalog.AS_OF
                    + "); other regions differ slightly.");
        }
        NatGatewayPrice natPrice = nat.over(PriceCatalog.natGateway(priceRegion).orElseThrow(), asOf);
        return new ReadinessPrices(
                natPrice,
                new InterfaceEndpointPrice(
                        priceRegion,
                        endpointHourly != null ? endpointHourly : InterfaceEndpointPrice.DEFAULT_HOURLY,
                        endpointPerGb != null ? endpointPerGb : InterfaceEndpointPrice.DEFAULT_PER_GB,
                        asOf),
                azs,
                monthlyTrafficGb,
                endpointTrafficGb);
    }
}
