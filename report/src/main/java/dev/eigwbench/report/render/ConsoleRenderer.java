package dev.eigwbench.report.render;

import dev.eigwbench.report.BenchmarkReport;
import dev.eigwbench.report.Phase;
import dev.eigwbench.report.stats.MetricComparison;
import java.util.List;
import java.util.Map;

/** Plain-text tables for a terminal (and the {@code .txt} file). */
public final class ConsoleRenderer {
    private ConsoleRenderer() {}

    public static String render(BenchmarkReport report) {
        var out = new StringBuilder();
        var h = report.header();
        out.append(h.title()).append('\n');
        out.append('\n').append(Tables.HEADLINE_TITLE).append(":\n");
        Tables.headline(report).forEach(f -> out.append("  >> ").append(f).append('\n'));
        if (report.calibration() != null) {
            out.append('\n').append(report.calibration().text()).append('\n');
        }
        out.append('\n');
        out.append("source: ")
                .append(h.source())
                .append(" | created: ")
                .append(h.createdAt())
                .append(" | ");
        out.append(Tables.summaryLine(report)).append('\n');
        for (Map.Entry<String, String> p : h.parameters().entrySet()) {
            out.append("  ")
                    .append(p.getKey())
                    .append(": ")
                    .append(p.getValue())
                    .append('\n');
        }
        out.append("method:\n");
        report.method().forEach(n -> out.append("  - ").append(n).append('\n'));
        if (!h.notes().isEmpty()) {
            out.append("notes:\n");
            h.notes().forEach(n -> out.append("  - ").append(n).append('\n'));
        }
        for (Phase phase : Phase.values()) {
            List<MetricComparison> metrics = report.comparison().inPhase(phase);
            if (metrics.isEmpty()) continue;
            out.append('\n').append(Tables.phaseTitle(phase)).append(" (ms)\n");
            table(out, Tables.STATS_HEADER, Tables.statsRows(metrics));
            out.append(Tables.STATS_LEGEND).append('\n');
            out.append('\n')
                    .append(Tables.phaseTitle(phase))
                    .append(": VPC − public per invocation, "
                            + Math.round(report.comparison().settings().confidence() * 100)
                            + "% CI, findings only beyond the threshold\n");
            Tables.phaseNeeds(metrics)
                    .ifPresentOrElse(
                            needs -> out.append(needs).append('\n'),
                            () -> table(out, Tables.DIFF_HEADER, Tables.diffRows(metrics)));
        }
        if (report.cost() != null) {
            out.append("\nCost\n");
            if (!report.cost().lambda().isEmpty()) {
                table(out, Tables.LAMBDA_COST_HEADER, Tables.lambdaCostRows(report.cost()));
                out.append('\n');
            }
            table(out, Tables.NAT_HEADER, Tables.natRows(report.cost()));
            report.cost().notes().forEach(n -> out.append("  * ").append(n).append('\n'));
        }
        if (!report.comparison().failures().isEmpty()) {
            out.append("\nFailed runs\n");
            report.comparison()
                    .failures()
                    .forEach(f -> out.append("  ! ").append(f).append('\n'));
        }
        return out.toString();
    }

    /** Left-aligns the first column, right-aligns the numbers; the last column (free text) is not padded. */
    static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = header.get(i).length();
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++)
                widths[i] = Math.max(widths[i], row.get(i).length());
        }
        line(out, header, widths);
        for (List<String> row : rows) line(out, row, widths);
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) line.append("  ");
            if (i == cells.size() - 1) {
                line.append(cell);
            } else if (i == 0) {
                line.append(cell).append(" ".repeat(widths[i] - cell.length()));
            } else {
                line.append(" ".repeat(widths[i] - cell.length())).append(cell);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
