package dev.eigwbench.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.eigwbench.report.cost.CostInputs;
import dev.eigwbench.report.cost.CostModel;
import dev.eigwbench.report.cost.CostReport;
import dev.eigwbench.report.stats.Comparison;
import dev.eigwbench.report.stats.ComparisonSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one report shows: the network findings that lead it, header, method, comparison, optional cost
 * section, and the raw runs behind them.
 *
 * @param headline connect timeouts, slow fallbacks and failed calls: said before anything else
 * @param cost null when no prices were given (e.g. a lab run that does not price)
 */
@JsonPropertyOrder({"schema", "headline", "header", "method", "calibration", "comparison", "cost", "records"})
public record BenchmarkReport(
        List<NetworkFinding> headline,
        ReportHeader header,
        Comparison comparison,
        CostReport cost,
        List<InvocationRecord> records) {
    public static final String SCHEMA = "eigw-bench/report/v2";

    public BenchmarkReport {
        if (header == null) throw new IllegalArgumentException("header is required");
        if (comparison == null) throw new IllegalArgumentException("comparison is required");
        headline = headline == null ? List.of() : List.copyOf(headline);
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** Builds the findings, the comparison (and the cost section when {@code costInputs} is given) from the runs. */
    public static BenchmarkReport of(
            ReportHeader header, List<InvocationRecord> records, CostInputs costInputs, ComparisonSettings settings) {
        Comparison comparison = Comparison.of(records, settings);
        CostReport cost = costInputs == null ? null : CostModel.of(records, costInputs);
        return new BenchmarkReport(PathFindings.headline(records), header, comparison, cost, records);
    }

    public static BenchmarkReport of(ReportHeader header, List<InvocationRecord> records, CostInputs costInputs) {
        return of(header, records, costInputs, ComparisonSettings.DEFAULT);
    }

    @JsonProperty("schema")
    public String schema() {
        return SCHEMA;
    }

    /** The A/A check's line, only for an A/A run. */
    @JsonProperty("calibration")
    public Calibration calibration() {
        return header.design() == Design.AA ? Calibration.of(comparison) : null;
    }

    /** How to read the verdicts, in plain language; every format prints these before the tables. */
    @JsonProperty("method")
    public List<String> method() {
        var settings = comparison.settings();
        long confidence = Math.round(settings.confidence() * 100);
        var lines = new ArrayList<String>();
        if (InvocationRecord.SOURCE_LAB.equals(header.source())) {
            lines.add("Local numbers: these compare the two networks on this machine (the same emulators, this CPU);"
                    + " they are not Lambda's numbers. Run the client against the deployed stack for those.");
        }
        lines.add("Unit of comparison: the invocation (for cold starts, the new execution environment). Calls within"
                + " one invocation share its JVM, connection and moment, so each step is summarised per invocation"
                + " (the median of its calls after the first; the first call, with DNS, connect and TLS when the"
                + " connection is new, is its own row) and only those per-invocation values are compared: the"
                + " Hodges-Lehmann shift with an exact " + confidence + " % Mann-Whitney interval, which needs "
                + settings.minInvocations() + " invocations of each function per phase.");
        lines.add("A difference is a finding only when its interval excludes zero and it is at least "
                + settings.threshold().describe() + "; anything else reads \"no meaningful difference (within ±X"
                + " ms)\".");
        lines.add("Warm invocations of one function mostly run in one execution environment, so a warm difference"
                + " can include that environment's luck (its JIT, its heap); the threshold absorbs small ones.");
        return lines;
    }

    /** True when any run failed: callers exit non-zero. */
    public boolean hasFailures() {
        return !comparison.failures().isEmpty();
    }
}
