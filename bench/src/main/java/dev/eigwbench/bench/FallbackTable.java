package dev.eigwbench.bench;

import java.util.ArrayList;

/** The fallback experiment: per client and name, each call's time and outcome, and what the names resolved to. */
final class FallbackTable {
    private FallbackTable() {}

    static void append(StringBuilder md, Report report) {
        var fallback = report.fallback();
        var resolution = report.resolution();
        if (fallback.isEmpty()) {
            if (!resolution.isEmpty()) {
                md.append("## First resolved address black-holed\n\n")
                        .append(resolution)
                        .append("\n\n");
            }
            return;
        }
        md.append("## First resolved address black-holed (network namespace, connect timeout 1 s)\n\n")
                .append(
                        "Per call: ms and outcome (three calls in one JVM, so the pool and any address memory count).\n\n")
                .append("| client | name | call 1 | call 2 | call 3 |\n|---|---|---|---|---|\n");
        for (var o : fallback) {
            if (o.failure() != null) {
                md.append("| ")
                        .append(o.client())
                        .append(" | ")
                        .append(o.scenario().description())
                        .append(" | failed: ")
                        .append(o.failure())
                        .append(" | | |\n");
                continue;
            }
            var cells = new ArrayList<Object>();
            cells.add(o.client());
            cells.add(o.scenario().description());
            for (String call : o.calls()) {
                cells.add(call.replaceFirst("^\\d+ ", "").replace("|", "/"));
            }
            MarkdownTable.row(md, cells.toArray());
        }
        md.append("\nInside the namespace, getaddrinfo answers (the JVM then puts IPv6 first when"
                        + " preferIPv6Addresses=true):\n\n```\n")
                .append(resolution.strip())
                .append("\n```\n\n");
    }
}
