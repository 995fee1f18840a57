package dev.eigwbench.report.render;

import dev.eigwbench.report.BenchmarkReport;
import dev.eigwbench.report.Phase;
import dev.eigwbench.report.stats.MetricComparison;
import java.util.List;
import java.util.Map;

/** One self-contained page: tables plus inline SVG charts, no scripts, no external resources. */
public final class HtmlRenderer {
    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:1100px;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}"
            + "th,td{border:1px solid #ccc;padding:3px 8px;font-size:13px}"
            + "td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f3f3f3}"
            + ".vpc{color:" + SvgCharts.VPC_COLOUR + "}.public{color:" + SvgCharts.PUBLIC_COLOUR + "}"
            + ".notes li{margin:.2em 0}.fail{color:#c0392b}";

    private HtmlRenderer() {}

    public static String render(BenchmarkReport report) {
        var h = report.header();
        var out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<title>").append(Escape.html(h.title())).append("</title>\n");
        out.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Escape.html(h.title())).append("</h1>\n");
        out.append("<h2 id=\"findings\">")
                .append(Tables.HEADLINE_TITLE)
                .append("</h2>\n<ul class=\"")
                .append(report.headline().isEmpty() ? "notes" : "fail")
                .append("\">\n");
        Tables.headline(report)
                .forEach(f -> out.append("<li>").append(Escape.html(f)).append("</li>\n"));
        out.append("</ul>\n");
        if (report.calibration() != null) {
            out.append("<p id=\"calibration\"><b>")
                    .append(Escape.html(report.calibration().text()))
                    .append("</b></p>\n");
        }
        out.append("<p>Source: <b>")
                .append(Escape.html(h.source()))
                .append("</b> · created ")
                .append(Escape.html(h.createdAt()))
                .append(" · ")
                .append(Escape.html(Tables.summaryLine(report)))
                .append("</p>\n");
        if (!h.parameters().isEmpty()) {
            out.append("<table><tr><th>setting</th><th>value</th></tr>\n");
            for (Map.Entry<String, String> p : h.parameters().entrySet()) {
                out.append("<tr><td>")
                        .append(Escape.html(p.getKey()))
                        .append("</td><td>")
                        .append(Escape.html(p.getValue()))
                        .append("</td></tr>\n");
            }
            out.append("</table>\n");
        }
        out.append("<h3>Method</h3>\n<ul class=\"notes\">\n");
        report.method().forEach(n -> out.append("<li>").append(Escape.html(n)).append("</li>\n"));
        out.append("</ul>\n");
        if (!h.notes().isEmpty()) {
            out.append("<h3>Notes</h3>\n<ul class=\"notes\">\n");
            h.notes().forEach(n -> out.append("<li>").append(Escape.html(n)).append("</li>\n"));
            out.append("</ul>\n");
        }
        for (Phase phase : Phase.values()) {
            List<MetricComparison> metrics = report.comparison().inPhase(phase);
            if (metrics.isEmpty()) continue;
            String title = Tables.phaseTitle(phase);
            out.append("<h2 id=\"")
                    .append(phase.id())
                    .append("\">")
                    .append(title)
                    .append("</h2>\n");
            List<MetricComparison> perCall =
                    metrics.stream().filter(MetricComparison::perCall).toList();
            List<MetricComparison> perRun =
                    metrics.stream().filter(m -> !m.perCall()).toList();
            // Per-call and whole-run numbers differ by orders of magnitude: each group gets its own scale.
            if (!perCall.isEmpty()) {
                out.append(SvgCharts.differences(title + ": per call, VPC − public with 95% CI", perCall));
                out.append(SvgCharts.latencyBars(title + ": per-call latency (ms)", perCall));
            }
            if (!perRun.isEmpty()) {
                out.append(SvgCharts.differences(title + ": whole runs, VPC − public with 95% CI", perRun));
                out.append(SvgCharts.latencyBars(title + ": whole runs (ms)", perRun));
            }
            out.append("<h3>Verdicts</h3>\n");
            Tables.phaseNeeds(metrics)
                    .ifPresentOrElse(
                            needs ->
                                    out.append("<p>").append(Escape.html(needs)).append("</p>\n"),
                            () -> table(out, Tables.DIFF_HEADER, Tables.diffRows(metrics)));
            out.append("<h3>Statistics (ms)</h3>\n");
            table(out, Tables.STATS_HEADER, Tables.statsRows(metrics));
            out.append("<p>").append(Escape.html(Tables.STATS_LEGEND)).append("</p>\n");
        }
        if (report.cost() != null) {
            out.append("<h2 id=\"cost\">Cost</h2>\n");
            if (!report.cost().lambda().isEmpty()) {
                table(out, Tables.LAMBDA_COST_HEADER, Tables.lambdaCostRows(report.cost()));
            }
            table(out, Tables.NAT_HEADER, Tables.natRows(report.cost()));
            out.append("<ul class=\"notes\">\n");
            report.cost()
                    .notes()
                    .forEach(n -> out.append("<li>").append(Escape.html(n)).append("</li>\n"));
            out.append("</ul>\n");
        }
        if (!report.comparison().failures().isEmpty()) {
            out.append("<h2 id=\"failures\">Failed runs</h2>\n<ul class=\"fail\">\n");
            report.comparison()
                    .failures()
                    .forEach(f -> out.append("<li>").append(Escape.html(f)).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        HtmlTable.write(out, header, rows, HtmlRenderer::cellClass);
    }

    /** The variant column in its colour; numbers right-aligned. */
    private static String cellClass(int column, String cell) {
        if (column == 1 && ("vpc".equals(cell) || "public".equals(cell))) return cell;
        return isNumeric(cell) ? "n" : "";
    }

    private static boolean isNumeric(String cell) {
        return cell.matches("[-+$]?[$]?[0-9][0-9.,]*");
    }
}
