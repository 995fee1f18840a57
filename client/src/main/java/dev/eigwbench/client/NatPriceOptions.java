package dev.eigwbench.client;

import dev.eigwbench.report.cost.NatGatewayPrice;
import dev.eigwbench.report.cost.PriceCatalog;
import picocli.CommandLine.Option;

/** The NAT gateway's prices, each overriding the dated catalog's: one set of options and one rule for every command. */
public final class NatPriceOptions {
    @Option(names = "--nat-hourly-price", description = "USD per NAT gateway hour.")
    Double natHourly;

    @Option(names = "--nat-gb-price", description = "USD per GB processed by a NAT gateway.")
    Double natPerGb;

    @Option(names = "--ipv4-hourly-price", description = "USD per public IPv4 address hour.")
    Double ipv4Hourly;

    public boolean overridden() {
        return natHourly != null || natPerGb != null || ipv4Hourly != null;
    }

    /** The catalog's prices with the given ones in their place, stated as of {@code asOf}. */
    public NatGatewayPrice over(NatGatewayPrice catalog, String asOf) {
        return new NatGatewayPrice(
                catalog.region(),
                natHourly != null ? natHourly : catalog.usdPerHour(),
                natPerGb != null ? natPerGb : catalog.usdPerGbProcessed(),
                ipv4Hourly != null ? ipv4Hourly : catalog.usdPerPublicIpv4Hour(),
                asOf);
    }

    /**
     * The date the prices are stated as of: the catalog's, or once any price was given, {@code --prices-as-of} or
     * "user-supplied".
     */
    public static String asOf(boolean overridden, String pricesAsOf) {
        if (!overridden) return PriceCatalog.AS_OF;
        return pricesAsOf == null ? "user-supplied" : pricesAsOf;
    }
}
