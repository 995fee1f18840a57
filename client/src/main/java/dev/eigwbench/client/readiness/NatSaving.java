package dev.eigwbench.client.readiness;

import java.util.List;

/**
 * What the NAT gateways cost today, from their own traffic, against the egress-only gateway's $0.
 *
 * @param gateways each gateway's traffic over the window
 * @param days the window (last N days)
 * @param hourlyUsd per gateway: hourly price plus its public IPv4 address
 * @param perGbUsd per GB processed
 * @param monthlyHoursUsd all gateways' hours for a 730-hour month
 * @param monthlyProcessingUsd the window's GB, scaled to 30 days, times the per-GB price
 * @param alternativesUsd the priced alternatives the destinations that need NAT would keep
 * @param monthlySavingUsd hours + processing - alternatives
 * @param asOf the prices' date
 */
public record NatSaving(
        List<NatGatewayTraffic> gateways,
        int days,
        double hourlyUsd,
        double perGbUsd,
        double monthlyHoursUsd,
        double monthlyProcessingUsd,
        double alternativesUsd,
        double monthlySavingUsd,
        String asOf) {
    public NatSaving {
        gateways = List.copyOf(gateways);
    }

    public double gbProcessed() {
        return gateways.stream().mapToDouble(NatGatewayTraffic::gbProcessed).sum();
    }
}
