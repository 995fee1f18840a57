package dev.eigwbench.client.readiness;

import dev.eigwbench.common.readiness.AwsServiceEndpoints;
import dev.eigwbench.common.readiness.DestinationKind;
import dev.eigwbench.common.readiness.Verdict;
import dev.eigwbench.report.cost.PriceCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readiness report: per destination the verdict and why, the summary (ready or not, and which need NAT), the
 * priced alternatives for those that do, and, given NAT gateway ids, the monthly saving from their real traffic.
 *
 * @param ready true when no destination needs NAT and every one was probed
 * @param summary one line: "safe to remove the NAT for these destinations" or which need it
 */
public record ReadinessReport(
        String title,
        String generatedAt,
        Map<String, String> parameters,
        List<DestinationRow> destinations,
        boolean ready,
        String summary,
        List<Alternative> alternatives,
        NatSaving saving,
        ReadinessPrices prices,
        List<String> warnings,
        List<String> notes) {
    public static final String TITLE = "eigw-bench readiness: can these destinations live without a NAT gateway?";

    public ReadinessReport {
        // In the caller's order, unmodifiable: Map.copyOf's order changes from one JVM run to the next.
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        destinations = List.copyOf(destinations);
        alternatives = List.copyOf(alternatives);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /**
     * @param traffic the gateways' measured traffic, or null when no --nat-gateway-id was given
     * @param days the traffic window
     */
    static ReadinessReport of(
            String generatedAt,
            Map<String, String> parameters,
            List<DestinationRow> rows,
            String region,
            ReadinessPrices prices,
            List<NatGatewayTraffic> traffic,
            int days,
            List<String> warnings,
            List<String> notes) {
        List<String> needing = rows.stream()
                .filter(r -> r.verdict() == Verdict.NEEDS_NAT_OR_ENDPOINT)
                .map(DestinationRow::destination)
                .toList();
        List<String> unprobed = rows.stream()
                .filter(r -> r.verdict() == null)
                .map(DestinationRow::destination)
                .toList();
        boolean ready = needing.isEmpty() && unprobed.isEmpty();
        String summary;
        if (ready) {
            summary = "Ready: safe to remove the NAT for these " + rows.size() + " destination"
                    + (rows.size() == 1 ? "" : "s") + ".";
        } else {
            var parts = new ArrayList<String>();
            if (!needing.isEmpty()) {
                parts.add(needing.size() + " destination" + (needing.size() == 1 ? " needs" : "s need") + " it: "
                        + String.join(", ", needing));
            }
            if (!unprobed.isEmpty()) {
                parts.add(unprobed.size() + " not probed: " + String.join(", ", unprobed));
            }
            summary = "Not ready: " + String.join("; ", parts) + ".";
        }
        double measuredMonthlyGb = traffic == null
                ? prices.natTrafficGb()
                : traffic.stream().mapToDouble(NatGatewayTraffic::gbProcessed).sum() * 30 / days;
        List<Alternative> alternatives = alternatives(rows, region, prices, measuredMonthlyGb);
        NatSaving saving = traffic == null ? null : saving(traffic, days, prices, alternatives);
        return new ReadinessReport(
                TITLE, generatedAt, parameters, rows, ready, summary, alternatives, saving, prices, warnings, notes);
    }

    private static List<Alternative> alternatives(
            List<DestinationRow> rows, String region, ReadinessPrices prices, double natMonthlyGb) {
        var alternatives = new ArrayList<Alternative>();
        var keepNat = new ArrayList<String>();
        var endpoint = prices.endpoint();
        for (DestinationRow row : rows) {
            if (row.verdict() != Verdict.NEEDS_NAT_OR_ENDPOINT) {
                continue;
            }
            if (row.vpc() != null && row.vpc().kind() == DestinationKind.AWS_SERVICE) {
                String service = row.vpc().service();
                double hours = prices.azs() * PriceCatalog.HOURS_PER_MONTH * endpoint.usdPerAzHour();
                double data = prices.endpointTrafficGb() * endpoint.usdPerGb();
                alternatives.add(new Alternative(
                        row.destination(),
                        "interface endpoint " + AwsServiceEndpoints.interfaceEndpointName(service, region) + " in "
                                + prices.azs() + " AZs",
                        hours + data,
                        String.format(
                                Locale.ROOT,
                                "%d AZs × 730 h × $%s + %s GB × $%s",
                                prices.azs(),
                                plain(endpoint.usdPerAzHour()),
                                plain(prices.endpointTrafficGb()),
                                plain(endpoint.usdPerGb()))));
            } else {
                keepNat.add(row.destination());
            }
        }
        if (!keepNat.isEmpty()) {
            var nat = prices.nat();
            double hourly = nat.usdPerHour() + nat.usdPerPublicIpv4Hour();
            alternatives.add(new Alternative(
                    String.join(", ", keepNat),
                    "keep " + prices.azs() + " NAT gateways (or ask the provider for IPv6)",
                    prices.azs() * PriceCatalog.HOURS_PER_MONTH * hourly + natMonthlyGb * nat.usdPerGbProcessed(),
                    String.format(
                            Locale.ROOT,
                            "%d × 730 h × ($%s + $%s IPv4) + %s GB × $%s",
                            prices.azs(),
                            plain(nat.usdPerHour()),
                            plain(nat.usdPerPublicIpv4Hour()),
                            plain(Math.round(natMonthlyGb * 100) / 100.0),
                            plain(nat.usdPerGbProcessed()))));
        }
        return alternatives;
    }

    private static NatSaving saving(
            List<NatGatewayTraffic> traffic, int days, ReadinessPrices prices, List<Alternative> alternatives) {
        var nat = prices.nat();
        double hourly = nat.usdPerHour() + nat.usdPerPublicIpv4Hour();
        double hours = traffic.size() * PriceCatalog.HOURS_PER_MONTH * hourly;
        double gb = traffic.stream().mapToDouble(NatGatewayTraffic::gbProcessed).sum();
        double processing = gb * 30 / days * nat.usdPerGbProcessed();
        double kept = alternatives.stream().mapToDouble(Alternative::monthlyUsd).sum();
        return new NatSaving(
                traffic,
                days,
                hourly,
                nat.usdPerGbProcessed(),
                hours,
                processing,
                kept,
                hours + processing - kept,
                nat.asOf());
    }

    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
