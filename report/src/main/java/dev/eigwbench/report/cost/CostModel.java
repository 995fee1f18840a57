package dev.eigwbench.report.cost;

import dev.eigwbench.common.Variant;
import dev.eigwbench.report.InvocationRecord;
import dev.eigwbench.report.LambdaReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Turns billed durations and a traffic figure into dollars. */
public final class CostModel {
    private CostModel() {}

    /** Compute (billed ms × memory in GB × GB-s price) plus one request. */
    public static double invocationUsd(LambdaPrice price, double billedMs, int memoryMb) {
        double gbSeconds = (billedMs / 1000.0) * (memoryMb / 1024.0);
        return gbSeconds * price.usdPerGbSecond() + price.usdPerMillionRequests() / 1_000_000.0;
    }

    public static NatComparison nat(NatGatewayPrice price, int azs, double monthlyTrafficGb) {
        double hours = PriceCatalog.HOURS_PER_MONTH;
        double hourly = azs * hours * price.usdPerHour();
        double ipv4 = azs * hours * price.usdPerPublicIpv4Hour();
        double processing = monthlyTrafficGb * price.usdPerGbProcessed();
        double total = hourly + ipv4 + processing;
        return new NatComparison(azs, monthlyTrafficGb, hourly, ipv4, processing, total, 0, 0, total);
    }

    public static CostReport of(Collection<InvocationRecord> records, CostInputs inputs) {
        var lambda = new ArrayList<LambdaCost>();
        for (Variant variant : Variant.values()) {
            List<LambdaReport> reports = records.stream()
                    .filter(r -> r.variant() == variant && r.lambdaReport() != null)
                    .map(InvocationRecord::lambdaReport)
                    .toList();
            if (reports.isEmpty()) continue;
            double billed = 0;
            double usd = 0;
            for (LambdaReport report : reports) {
                double ms = report.billedDurationMs()
                        + (report.billedRestoreDurationMs() == null ? 0 : report.billedRestoreDurationMs());
                billed += ms;
                usd += invocationUsd(inputs.lambda(), ms, report.memorySizeMb());
            }
            double meanUsd = usd / reports.size();
            lambda.add(new LambdaCost(
                    variant,
                    reports.size(),
                    billed / reports.size(),
                    reports.get(0).memorySizeMb(),
                    meanUsd,
                    meanUsd * 1_000_000));
        }
        var notes = List.of(
                "Prices as of " + inputs.lambda().asOf() + " (Lambda "
                        + inputs.lambda().architecture() + ", "
                        + inputs.lambda().region() + ") and " + inputs.nat().asOf() + " (NAT gateway, "
                        + inputs.nat().region() + "); check the AWS pricing pages and override with the price options.",
                "Lambda: Billed Duration (plus Billed Restore Duration with SnapStart) × memory × GB-second price,"
                        + " plus the request price (" + inputs.lambda().usdPerGbSecond() + " USD/GB-s, "
                        + inputs.lambda().usdPerMillionRequests() + " USD per million requests); free tier ignored.",
                "NAT: one gateway per AZ for " + (long) PriceCatalog.HOURS_PER_MONTH + " h/month, its Elastic IP, and"
                        + " per-GB processing. Egress-only internet gateway and S3/DynamoDB gateway endpoints: $0."
                        + " Internet data transfer out costs the same on both paths and is left out.",
                "IPv4-only destinations still need a NAT gateway (or NAT64 through one): this design reaches"
                        + " only IPv6 and gateway-endpoint destinations.");
        return new CostReport(
                inputs, lambda, nat(inputs.nat(), inputs.natGatewayAzs(), inputs.monthlyTrafficGb()), notes);
    }
}
