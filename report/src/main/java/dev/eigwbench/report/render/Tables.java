package dev.eigwbench.report.render;

import dev.eigwbench.common.stats.Percentile;
import dev.eigwbench.report.BenchmarkReport;
import dev.eigwbench.report.Phase;
import dev.eigwbench.report.cost.CostReport;
import dev.eigwbench.report.cost.LambdaCost;
import dev.eigwbench.report.cost.NatComparison;
import dev.eigwbench.report.stats.MetricComparison;
import dev.eigwbench.report.stats.SummaryStats;
import dev.eigwbench.report.stats.VariantSummary;
import java.util.ArrayList;
import java.util.List;

/** The report's tables as rows of cells, built once and laid out by each renderer. */
final class Tables {
    static final List<String> STATS_HEADER = List.of(
            "metric",
            "variant",
            "runs",
            "calls",
            "errors",
            "p50",
            "p90",
            "p99",
            "mean",
            "trimmed mean",
            "min",
            "max",
            "address family");
    /** Printed under each statistics table, so nobody compares these p99s with another tool's by mistake. */
    static final String STATS_LEGEND = "Percentiles: " + Percentile.DEFINITION + ".";

    static final List<String> DIFF_HEADER =
            List.of("metric", "VPC − public", "CI low", "CI high", "threshold ±", "verdict");
    static final String HEADLINE_TITLE = "Connection findings (read these first)";
    static final String NO_FINDINGS = "No connect timeouts, slow fallbacks or failed calls.";
    static final List<String> LAMBDA_COST_HEADER =
            List.of("variant", "invocations", "mean billed ms", "memory MB", "per invocation", "per million");
    static final List<String> NAT_HEADER = List.of("item", "NAT gateway design", "this design (egress-only IGW)");

    private Tables() {}

    static String phaseTitle(Phase phase) {
        return phase == Phase.COLD ? "Cold starts" : "Warm invocations";
    }

    static List<List<String>> statsRows(List<MetricComparison> metrics) {
        var rows = new ArrayList<List<String>>();
        for (MetricComparison m : metrics) {
            rows.add(statsRow(m.label(), m.vpc(), m.perCall()));
            rows.add(statsRow("", m.publicVariant(), m.perCall()));
        }
        return rows;
    }

    private static List<String> statsRow(String label, VariantSummary v, boolean perCall) {
        SummaryStats s = v.stats();
        boolean none = s.count() == 0;
        return List.of(
                label,
                v.variant().id(),
                Integer.toString(v.invocations()),
                perCall ? Integer.toString(v.calls()) : "-",
                perCall ? Integer.toString(v.errors()) : "-",
                none ? "-" : Fmt.ms(s.p50()),
                none ? "-" : Fmt.ms(s.p90()),
                none ? "-" : Fmt.ms(s.p99()),
                none ? "-" : Fmt.ms(s.mean()),
                none ? "-" : Fmt.ms(s.trimmedMean()),
                none ? "-" : Fmt.ms(s.min()),
                none ? "-" : Fmt.ms(s.max()),
                v.addressFamilies().isEmpty() ? "-" : String.join("+", v.addressFamilies()));
    }

    static List<List<String>> diffRows(List<MetricComparison> metrics) {
        var rows = new ArrayList<List<String>>();
        for (MetricComparison m : metrics) {
            var d = m.difference();
            boolean none = d.verdict() == dev.eigwbench.report.stats.Verdict.INSUFFICIENT_DATA;
            rows.add(List.of(
                    m.label(),
                    d.size(),
                    none ? "-" : Fmt.ms(d.ciLowMs()),
                    none ? "-" : Fmt.ms(d.ciHighMs()),
                    none ? "-" : Fmt.ms(d.thresholdMs()),
                    d.text()));
        }
        return rows;
    }

    /**
     * When no row of a phase could compare, for the same reason (e.g. one cold start per function), that reason
     * once instead of a table repeating it.
     */
    static java.util.Optional<String> phaseNeeds(List<MetricComparison> metrics) {
        var reasons = metrics.stream()
                .map(m -> m.difference().verdict() == dev.eigwbench.report.stats.Verdict.INSUFFICIENT_DATA
                        ? m.difference().text()
                        : null)
                .distinct()
                .toList();
        return reasons.size() == 1 && reasons.get(0) != null
                ? java.util.Optional.of("Not compared: " + reasons.get(0) + ".")
                : java.util.Optional.empty();
    }

    static List<List<String>> lambdaCostRows(CostReport cost) {
        var rows = new ArrayList<List<String>>();
        for (LambdaCost c : cost.lambda()) {
            rows.add(List.of(
                    c.variant().id(),
                    Integer.toString(c.invocations()),
                    Fmt.ms(c.meanBilledMs()),
                    Integer.toString(c.memoryMb()),
                    Fmt.usd(c.meanUsdPerInvocation()),
                    Fmt.usd(c.usdPerMillionInvocations())));
        }
        return rows;
    }

    static List<List<String>> natRows(CostReport cost) {
        NatComparison n = cost.nat();
        var p = cost.inputs().nat();
        return List.of(
                List.of(
                        "gateway hours (" + n.azs() + " AZ × " + Fmt.number(730) + " h × " + Fmt.price(p.usdPerHour())
                                + ")",
                        Fmt.usd(n.natHourlyUsd()),
                        Fmt.usd(n.egressOnlyGatewayMonthlyUsd())),
                List.of(
                        "public IPv4 (" + n.azs() + " Elastic IP × " + Fmt.price(p.usdPerPublicIpv4Hour()) + "/h)",
                        Fmt.usd(n.natPublicIpv4Usd()),
                        Fmt.usd(0)),
                List.of(
                        "data processed (" + Fmt.number(n.monthlyTrafficGb()) + " GB × "
                                + Fmt.price(p.usdPerGbProcessed()) + ")",
                        Fmt.usd(n.natProcessingUsd()),
                        Fmt.usd(n.gatewayEndpointsMonthlyUsd())),
                List.of("total per month", Fmt.usd(n.natMonthlyUsd()), Fmt.usd(0)),
                List.of("saved per month", "", Fmt.usd(n.monthlySavingsUsd())));
    }

    /** The headline's sentences, or one saying there is nothing to report. */
    static List<String> headline(BenchmarkReport report) {
        if (report.headline().isEmpty()) return List.of(NO_FINDINGS);
        return report.headline().stream().map(f -> f.text()).toList();
    }

    static String summaryLine(BenchmarkReport report) {
        long runs = report.records().size();
        long failed = report.comparison().failures().size();
        return runs + " runs, " + failed + " failed";
    }
}
