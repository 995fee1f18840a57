package dev.eigwbench.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eigwbench.report.cost.CostInputs;
import dev.eigwbench.report.cost.CostModel;
import dev.eigwbench.report.cost.CostReport;
import dev.eigwbench.report.stats.Bootstrap;
import dev.eigwbench.report.stats.Comparison;
import java.util.List;

/**
 * Everything one report shows: header, comparison, optional cost section, and the raw runs behind them.
 *
 * @param cost null when no prices were given (e.g. a lab run that does not price)
 */
public record BenchmarkReport(
        ReportHeader header, Comparison comparison, CostReport cost, List<InvocationRecord> records) {
    public static final String SCHEMA = "eigw-bench/report/v1";

    public BenchmarkReport {
        if (header == null) throw new IllegalArgumentException("header is required");
        if (comparison == null) throw new IllegalArgumentException("comparison is required");
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** Builds the comparison (and the cost section when {@code costInputs} is given) from the runs. */
    public static BenchmarkReport of(
            ReportHeader header, List<InvocationRecord> records, CostInputs costInputs, Bootstrap bootstrap) {
        Comparison comparison = Comparison.of(records, bootstrap);
        CostReport cost = costInputs == null ? null : CostModel.of(records, costInputs);
        return new BenchmarkReport(header, comparison, cost, records);
    }

    public static BenchmarkReport of(ReportHeader header, List<InvocationRecord> records, CostInputs costInputs) {
        return of(header, records, costInputs, Bootstrap.DEFAULT);
    }

    @JsonProperty("schema")
    public String schema() {
        return SCHEMA;
    }

    /** True when any run failed: callers exit non-zero. */
    public boolean hasFailures() {
        return !comparison.failures().isEmpty();
    }
}
