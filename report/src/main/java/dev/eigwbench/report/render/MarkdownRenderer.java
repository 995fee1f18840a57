package dev.eigwbench.report.render;

import dev.eigwbench.report.BenchmarkReport;
import dev.eigwbench.report.Phase;
import dev.eigwbench.report.stats.MetricComparison;
import java.util.List;
import java.util.Map;

/** GitHub-flavoured markdown, fit for {@code $GITHUB_STEP_SUMMARY}. */
public final class MarkdownRenderer {
    private MarkdownRenderer() {}

    public static String render(BenchmarkReport report) {
        var out = new StringBuilder();
        var h = report.header();
        out.append("## ").append(Escape.markdown(h.title())).append("\n\n");
        out.append("**").append(Tables.HEADLINE_TITLE).append("**\n\n");
        Tables.headline(report)
                .forEach(f -> out.append("- ").append(Escape.markdown(f)).append('\n'));
        out.append('\n');
        if (report.calibration() != null) {
            out.append("**")
                    .append(Escape.markdown(report.calibration().text()))
                    .append("**\n\n");
        }
        out.append("Source: **")
                .append(Escape.markdown(h.source()))
                .append("** · created ")
                .append(h.createdAt());
        out.append(" · ").append(Tables.summaryLine(report)).append("\n\n");
        if (!h.parameters().isEmpty()) {
            out.append("| setting | value |\n|---|---|\n");
            for (Map.Entry<String, String> p : h.parameters().entrySet()) {
                out.append("| ")
                        .append(Escape.markdown(p.getKey()))
                        .append(" | ")
                        .append(Escape.markdown(p.getValue()))
                        .append(" |\n");
            }
            out.append('\n');
        }
        out.append("**Method**\n\n");
        report.method().forEach(n -> out.append("- ").append(Escape.markdown(n)).append('\n'));
        out.append('\n');
        if (!h.notes().isEmpty()) {
            out.append("**Notes**\n\n");
            h.notes().forEach(n -> out.append("- ").append(Escape.markdown(n)).append('\n'));
            out.append('\n');
        }
        for (Phase phase : Phase.values()) {
            List<MetricComparison> metrics = report.comparison().inPhase(phase);
            if (metrics.isEmpty()) continue;
            out.append("### ").append(Tables.phaseTitle(phase)).append("\n\n");
            out.append("Verdicts: VPC − public per invocation with a ")
                    .append(Math.round(report.comparison().settings().confidence() * 100))
                    .append("% confidence interval; findings only beyond the threshold.\n\n");
            Tables.phaseNeeds(metrics)
                    .ifPresentOrElse(
                            needs -> out.append(Escape.markdown(needs)).append('\n'),
                            () -> table(out, Tables.DIFF_HEADER, Tables.diffRows(metrics)));
            out.append("\nLatency in ms (per call for steps, per run for whole-run metrics):\n\n");
            table(out, Tables.STATS_HEADER, Tables.statsRows(metrics));
            out.append('\n').append(Escape.markdown(Tables.STATS_LEGEND)).append("\n\n");
        }
        if (report.cost() != null) {
            out.append("### Cost\n\n");
            if (!report.cost().lambda().isEmpty()) {
                table(out, Tables.LAMBDA_COST_HEADER, Tables.lambdaCostRows(report.cost()));
                out.append('\n');
            }
            table(out, Tables.NAT_HEADER, Tables.natRows(report.cost()));
            out.append('\n');
            report.cost()
                    .notes()
                    .forEach(n -> out.append("- ").append(Escape.markdown(n)).append('\n'));
            out.append('\n');
        }
        if (!report.comparison().failures().isEmpty()) {
            out.append("### Failed runs\n\n");
            report.comparison()
                    .failures()
                    .forEach(f -> out.append("- ").append(Escape.markdown(f)).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        row(out, header);
        out.append('|').append("---|".repeat(header.size())).append('\n');
        rows.forEach(r -> row(out, r));
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        cells.forEach(c -> out.append(' ').append(Escape.markdown(c)).append(" |"));
        out.append('\n');
    }
}
