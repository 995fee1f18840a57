package dev.eigwbench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.report.cost.NatGatewayPrice;
import dev.eigwbench.report.cost.PriceCatalog;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The NAT price overrides, as compare's and readiness's price options parse them. */
class NatPriceOptionsTest {
    private static final NatGatewayPrice CATALOG =
            PriceCatalog.natGateway("us-east-1").orElseThrow();

    private static NatPriceOptions parse(String... args) {
        var options = new NatPriceOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void over_whenOnePriceGiven_replacesOnlyIt() {
        NatGatewayPrice price = parse("--nat-gb-price", "0.05").over(CATALOG, "2026-02");

        assertEquals(0.05, price.usdPerGbProcessed());
        assertEquals(CATALOG.usdPerHour(), price.usdPerHour());
        assertEquals(CATALOG.usdPerPublicIpv4Hour(), price.usdPerPublicIpv4Hour());
        assertEquals("2026-02", price.asOf());
    }

    @Test
    void asOf_whenNothingOverridden_isTheCatalogsDate() {
        assertEquals(PriceCatalog.AS_OF, NatPriceOptions.asOf(parse().overridden(), "2026-02"));
    }

    @Test
    void asOf_whenOverriddenWithoutADate_saysUserSupplied() {
        assertEquals(
                "user-supplied",
                NatPriceOptions.asOf(parse("--ipv4-hourly-price", "0").overridden(), null));
    }

    @Test
    void toInputs_whenCompareGetsANatPrice_statesItsDateOnEveryPrice() {
        var prices = new PriceOptions();
        new CommandLine(prices).parseArgs("--nat-hourly-price", "0.1", "--prices-as-of", "2026-02");

        var inputs = prices.toInputs("us-east-1", new ArrayList<>());

        assertEquals(0.1, inputs.nat().usdPerHour());
        assertEquals("2026-02", inputs.nat().asOf());
        assertEquals("2026-02", inputs.lambda().asOf());
    }
}
