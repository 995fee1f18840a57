package dev.eigwbench.client.readiness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.HostProbe;
import dev.eigwbench.common.readiness.Verdict;
import dev.eigwbench.report.render.Escape;
import dev.eigwbench.report.render.HtmlTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The readiness report as console text, Markdown, HTML and JSON; the same facts in each. */
final class ReadinessRenderer {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReadinessRenderer() {}

    static String text(ReadinessReport report) {
        var out = new StringBuilder();
        out.append(report.title()).append('\n');
        report.parameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append("  ")
                        .append(e.getKey())
                        .append(": ")
                        .append(e.getValue())
                        .append('\n'));
        out.append('\n');
        for (DestinationRow row : report.destinations()) {
            out.append(String.format(Locale.ROOT, "%-22s %s%n", label(row.verdict()), row.destination()));
            out.append("  ").append(row.reason()).append('\n');
        }
        out.append('\n').append(report.summary()).append('\n');
        if (!report.alternatives().isEmpty()) {
            out.append("\nAlternatives for what needs NAT (per month):\n");
            for (Alternative a : report.alternatives()) {
                out.append("  ")
                        .append(a.destination())
                        .append(": ")
                        .append(a.option())
                        .append(", ")
                        .append(usd(a.monthlyUsd()))
                        .append(" (")
                        .append(a.how())
                        .append(")\n");
            }
        }
        if (report.saving() != null) {
            out.append('\n').append(savingLine(report.saving())).append('\n');
        }
        report.warnings().forEach(w -> out.append("WARNING: ").append(w).append('\n'));
        return out.toString();
    }

    static String markdown(ReadinessReport report) {
        var out = new StringBuilder();
        out.append("# ").append(report.title()).append("\n\n");
        out.append("**").append(report.summary()).append("**\n\n");
        out.append("| parameter | value |\n|---|---|\n");
        report.parameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append("| ")
                        .append(Escape.markdown(e.getKey()))
                        .append(" | ")
                        .append(Escape.markdown(e.getValue()))
                        .append(" |\n"));
        out.append("\n## Destinations\n\n");
        out.append("| destination | verdict | why | vpc function saw | public function saw |\n|---|---|---|---|---|\n");
        for (DestinationRow row : report.destinations()) {
            out.append("| ")
                    .append(Escape.markdown(row.destination()))
                    .append(" | ")
                    .append(label(row.verdict()))
                    .append(" | ")
                    .append(Escape.markdown(row.reason()))
                    .append(" | ")
                    .append(Escape.markdown(seen(row.vpc())))
                    .append(" | ")
                    .append(Escape.markdown(seen(row.control())))
                    .append(" |\n");
        }
        if (!report.alternatives().isEmpty()) {
            out.append("\n## Alternatives for what needs NAT\n\n| destination | option | per month | how |\n"
                    + "|---|---|---:|---|\n");
            for (Alternative a : report.alternatives()) {
                out.append("| ")
                        .append(Escape.markdown(a.destination()))
                        .append(" | ")
                        .append(Escape.markdown(a.option()))
                        .append(" | ")
                        .append(usd(a.monthlyUsd()))
                        .append(" | ")
                        .append(Escape.markdown(a.how()))
                        .append(" |\n");
            }
        }
        if (report.saving() != null) {
            out.append("\n## Saving from your NAT gateways' traffic\n\n")
                    .append(savingLine(report.saving()))
                    .append("\n\n| NAT gateway | GB processed | days with data |\n|---|---:|---:|\n");
            for (NatGatewayTraffic g : report.saving().gateways()) {
                out.append("| ")
                        .append(g.natGatewayId())
                        .append(" | ")
                        .append(gb(g.gbProcessed()))
                        .append(" | ")
                        .append(g.daysWithData())
                        .append(" |\n");
            }
        }
        notes(report).forEach(n -> out.append("\n- ").append(Escape.markdown(n)));
        out.append('\n');
        return out.toString();
    }

    static String html(ReadinessReport report) {
        var out = new StringBuilder();
        out.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Escape.html(report.title()))
                .append("</title><style>body{font-family:sans-serif;margin:2em;max-width:1100px;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
                        + "text-align:left;vertical-align:top}.WORKS_WITHOUT_NAT{color:#060}"
                        + ".NEEDS_NAT_OR_ENDPOINT{color:#a00;font-weight:bold}.UNREACHABLE{color:#666}</style>"
                        + "</head><body>");
        out.append("<h1>").append(Escape.html(report.title())).append("</h1>");
        out.append("<p><strong>").append(Escape.html(report.summary())).append("</strong></p>");
        var params = new ArrayList<List<String>>();
        report.parameters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> params.add(List.of(e.getKey(), e.getValue())));
        HtmlTable.write(out, List.of("parameter", "value"), params);
        out.append("<h2>Destinations</h2><table><tr><th>destination</th><th>verdict</th><th>why</th>"
                + "<th>vpc function saw</th><th>public function saw</th></tr>");
        for (DestinationRow row : report.destinations()) {
            String verdict =
                    row.verdict() == null ? "NOT_PROBED" : row.verdict().name();
            out.append("<tr><td>")
                    .append(Escape.html(row.destination()))
                    .append("</td><td class=\"")
                    .append(verdict)
                    .append("\">")
                    .append(Escape.html(label(row.verdict())))
                    .append("</td><td>")
                    .append(Escape.html(row.reason()))
                    .append("</td><td>")
                    .append(Escape.html(seen(row.vpc())))
                    .append("</td><td>")
                    .append(Escape.html(seen(row.control())))
                    .append("</td></tr>");
        }
        out.append("</table>");
        if (!report.alternatives().isEmpty()) {
            out.append("<h2>Alternatives for what needs NAT</h2>");
            var rows = new ArrayList<List<String>>();
            report.alternatives()
                    .forEach(a -> rows.add(List.of(a.destination(), a.option(), usd(a.monthlyUsd()), a.how())));
            HtmlTable.write(out, List.of("destination", "option", "per month", "how"), rows);
        }
        if (report.saving() != null) {
            out.append("<h2>Saving from your NAT gateways' traffic</h2><p>")
                    .append(Escape.html(savingLine(report.saving())))
                    .append("</p>");
            var rows = new ArrayList<List<String>>();
            report.saving()
                    .gateways()
                    .forEach(g -> rows.add(
                            List.of(g.natGatewayId(), gb(g.gbProcessed()), Integer.toString(g.daysWithData()))));
            HtmlTable.write(out, List.of("NAT gateway", "GB processed", "days with data"), rows);
        }
        out.append("<ul>");
        notes(report).forEach(n -> out.append("<li>").append(Escape.html(n)).append("</li>"));
        out.append("</ul></body></html>\n");
        return out.toString();
    }

    static String json(ReadinessReport report) {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    static String label(Verdict verdict) {
        if (verdict == null) {
            return "NOT PROBED";
        }
        return switch (verdict) {
            case WORKS_WITHOUT_NAT -> "WORKS WITHOUT NAT";
            case NEEDS_NAT_OR_ENDPOINT -> "NEEDS NAT OR ENDPOINT";
            case UNREACHABLE -> "UNREACHABLE";
        };
    }

    static String savingLine(NatSaving saving) {
        return String.format(
                Locale.ROOT,
                "Your %d NAT gateway%s processed %s GB in the last %d days: %s a month (%s hours incl. public IPv4 +"
                        + " %s processing), against $0 for the egress-only internet gateway. Monthly saving: %s%s"
                        + " (prices as of %s).",
                saving.gateways().size(),
                saving.gateways().size() == 1 ? "" : "s",
                gb(saving.gbProcessed()),
                saving.days(),
                usd(saving.monthlyHoursUsd() + saving.monthlyProcessingUsd()),
                usd(saving.monthlyHoursUsd()),
                usd(saving.monthlyProcessingUsd()),
                usd(saving.monthlySavingUsd()),
                saving.alternativesUsd() > 0
                        ? " after " + usd(saving.alternativesUsd()) + " for the alternatives above"
                        : "",
                saving.asOf());
    }

    /** One line per function: addresses and outcomes per family, TLS and HTTP. */
    static String seen(DestinationResult result) {
        if (result == null || result.probe() == null) {
            return "-";
        }
        var parts = new ArrayList<String>();
        parts.add(probeText(result.probe()));
        if (result.ipv4Endpoint() != null) {
            parts.add("IPv4 endpoint: " + probeText(result.ipv4Endpoint()));
        }
        return String.join("; ", parts);
    }

    private static String probeText(HostProbe probe) {
        var parts = new ArrayList<String>();
        parts.add(probe.host() + " A " + list(probe.dns().ipv4()) + " AAAA "
                + list(probe.dns().ipv6()));
        for (ConnectAttempt a : probe.connects()) {
            parts.add(a.family() + " " + a.outcome().name().toLowerCase(Locale.ROOT) + " " + a.ms() + " ms");
        }
        if (probe.tls() != null) {
            parts.add(probe.tls().ok() ? probe.tls().protocol() : "TLS failed");
        }
        if (probe.httpStatus() != null) {
            parts.add("HTTP " + probe.httpStatus());
        }
        return String.join(", ", parts);
    }

    private static String list(List<String> addresses) {
        return addresses.isEmpty() ? "none" : String.join(" ", addresses);
    }

    private static List<String> notes(ReadinessReport report) {
        var notes = new ArrayList<>(report.notes());
        report.warnings().forEach(w -> notes.add("Warning: " + w));
        return notes;
    }

    static String usd(double value) {
        return String.format(Locale.ROOT, "$%,.2f", value);
    }

    private static String gb(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }
}
