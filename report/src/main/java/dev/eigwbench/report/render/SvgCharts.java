package dev.eigwbench.report.render;

import dev.eigwbench.report.stats.MetricComparison;
import dev.eigwbench.report.stats.SummaryStats;
import dev.eigwbench.report.stats.Verdict;
import java.util.List;
import java.util.Locale;

/** Inline SVG drawn here, so the HTML page needs no script or download and works offline. */
final class SvgCharts {
    static final String VPC_COLOUR = "#1f77b4";
    static final String PUBLIC_COLOUR = "#ff7f0e";
    private static final int LABEL_WIDTH = 260;
    private static final int PLOT_WIDTH = 520;
    private static final int ROW_HEIGHT = 44;
    private static final int TOP = 30;

    private SvgCharts() {}

    /**
     * Per metric, one bar per variant to the median, a whisker on to p90 and a tick at p99: both variants side by
     * side on one scale.
     */
    static String latencyBars(String title, List<MetricComparison> metrics) {
        double max = 0;
        for (MetricComparison m : metrics) {
            max = Math.max(
                    max,
                    Math.max(m.vpc().stats().p99(), m.publicVariant().stats().p99()));
        }
        double scale = max > 0 ? PLOT_WIDTH / niceCeiling(max) : 1;
        int height = TOP + metrics.size() * ROW_HEIGHT + 56;
        var svg = open(title, height);
        axis(svg, niceCeiling(max), scale, height - 46);
        int y = TOP;
        for (MetricComparison m : metrics) {
            svg.append(text(8, y + 24, m.label(), "start"));
            bar(svg, y + 4, m.vpc().stats(), scale, VPC_COLOUR, "vpc");
            bar(svg, y + 22, m.publicVariant().stats(), scale, PUBLIC_COLOUR, "public");
            y += ROW_HEIGHT;
        }
        legend(svg, height - 8);
        return svg.append("</svg>\n").toString();
    }

    /** Per metric, the VPC − public median difference as a dot with its confidence interval around zero. */
    static String differences(String title, List<MetricComparison> metrics) {
        double extent = 0;
        for (MetricComparison m : metrics) {
            var d = m.difference();
            if (d.verdict() == Verdict.INSUFFICIENT_DATA) continue;
            extent = Math.max(extent, Math.max(Math.abs(d.ciLowMs()), Math.abs(d.ciHighMs())));
        }
        double half = extent > 0 ? niceCeiling(extent) : 1;
        double scale = (PLOT_WIDTH / 2.0) / half;
        double zeroX = LABEL_WIDTH + PLOT_WIDTH / 2.0;
        int height = TOP + metrics.size() * 28 + 40;
        var svg = open(title, height);
        svg.append(line(zeroX, TOP - 6, zeroX, height - 30, "#555", 1));
        svg.append(text(LABEL_WIDTH, height - 14, fmt(-half) + " ms", "start"));
        svg.append(text(zeroX, height - 14, "0", "middle"));
        svg.append(text(LABEL_WIDTH + PLOT_WIDTH, height - 14, "+" + fmt(half) + " ms (VPC slower)", "end"));
        int y = TOP;
        for (MetricComparison m : metrics) {
            var d = m.difference();
            svg.append(text(8, y + 14, m.label(), "start"));
            if (d.verdict() != Verdict.INSUFFICIENT_DATA) {
                String colour = switch (d.verdict()) {
                    case VPC_SLOWER -> "#c0392b";
                    case VPC_FASTER -> "#27ae60";
                    default -> "#7f8c8d";
                };
                double x1 = zeroX + d.ciLowMs() * scale;
                double x2 = zeroX + d.ciHighMs() * scale;
                svg.append(line(x1, y + 10, x2, y + 10, colour, 3));
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\"><title>%s</title></circle>\n",
                        zeroX + d.estimateMs() * scale,
                        y + 10,
                        colour,
                        Escape.html(m.label() + ": " + d.text())));
            } else {
                svg.append(text(zeroX + 6, y + 14, "not enough invocations", "start"));
            }
            y += 28;
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String title, int height) {
        int width = LABEL_WIDTH + PLOT_WIDTH + 200; // room for the "p50 / p90 / p99" labels past the longest bar
        var svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"12\">\n",
                width,
                height,
                width,
                height,
                Escape.html(title)));
        svg.append("<title>").append(Escape.html(title)).append("</title>\n");
        svg.append(text(8, 16, title, "start").replace("<text ", "<text font-weight=\"bold\" "));
        return svg;
    }

    private static void bar(StringBuilder svg, int y, SummaryStats s, double scale, String colour, String name) {
        if (s.count() == 0) {
            svg.append(text(LABEL_WIDTH + 4, y + 11, name + ": no samples", "start"));
            return;
        }
        double p50 = LABEL_WIDTH + s.p50() * scale;
        double p90 = LABEL_WIDTH + s.p90() * scale;
        double p99 = LABEL_WIDTH + s.p99() * scale;
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"><title>%s p50 %s ms, p90 %s ms,"
                        + " p99 %s ms (n=%d)</title></rect>\n",
                LABEL_WIDTH,
                y,
                Math.max(1, p50 - LABEL_WIDTH),
                colour,
                name,
                fmt(s.p50()),
                fmt(s.p90()),
                fmt(s.p99()),
                s.count()));
        svg.append(line(p50, y + 7, p90, y + 7, colour, 2));
        svg.append(line(p99, y + 1, p99, y + 13, colour, 2));
        svg.append(text(p99 + 6, y + 11, fmt(s.p50()) + " / " + fmt(s.p90()) + " / " + fmt(s.p99()), "start"));
    }

    private static void axis(StringBuilder svg, double max, double scale, int y) {
        svg.append(line(LABEL_WIDTH, TOP - 4, LABEL_WIDTH, y, "#555", 1));
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double x = LABEL_WIDTH + value * scale;
            svg.append(line(x, y, x, y + 4, "#555", 1));
            svg.append(text(x, y + 16, fmt(value), "middle"));
        }
    }

    private static void legend(StringBuilder svg, int y) {
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"8\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\"/>%s"
                        + "<rect x=\"70\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\"/>%s",
                y - 9,
                VPC_COLOUR,
                text(24, y, "vpc", "start"),
                y - 9,
                PUBLIC_COLOUR,
                text(86, y, "public", "start")));
        svg.append(text(150, y, "bar: p50 · whisker: p90 · tick: p99 (ms)", "start"));
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, int width) {
        return String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"/>\n",
                x1,
                y1,
                x2,
                y2,
                colour,
                width);
    }

    private static String text(double x, double y, String content, String anchor) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>\n",
                x,
                y,
                anchor,
                Escape.html(content));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code value}: round axis ends. */
    static double niceCeiling(double value) {
        if (value <= 0) return 1;
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) return step * power;
        }
        return 10 * power;
    }

    private static String fmt(double value) {
        return Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
