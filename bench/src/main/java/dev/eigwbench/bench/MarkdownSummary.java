package dev.eigwbench.bench;

import java.time.Instant;
import java.util.ArrayList;

/** The summary as markdown: the header, sizes and errors here, each table by its own section class, in this order. */
final class MarkdownSummary {
    private MarkdownSummary() {}

    static String render(Report report) {
        var md = new StringBuilder();
        header(md, report);
        sizesTable(md, report);
        report.mainJdk().ifPresent(jdk -> ClientComparisonTables.handlerVersusMinimal(md, report, jdk));
        InitTable.append(md, report);
        ColdStartTables.append(md, report);
        ClientComparisonTables.steadyLatency(md, report);
        FallbackTable.append(md, report);
        TargetsTable.append(md, report);
        errors(md, report);
        return md.toString();
    }

    private static void header(StringBuilder md, Report report) {
        md.append("# eigw-bench: local benchmark\n\n");
        md.append("Measured ")
                .append(Instant.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs; JDKs ")
                .append(report.jdks().keySet())
                .append("; ")
                .append(report.options().runs())
                .append(" fresh JVMs per subject (interleaved); N=")
                .append(report.options().iterations())
                .append(" calls per step. Figures are median (min–max) over runs. Emulators on loopback. Every"
                        + " function JVM runs with Lambda's command line ")
                .append(String.join(" ", JvmFlags.lambdaRuntime()))
                .append(" and, to size itself for the function's memory as in Lambda's sandbox, ")
                .append(String.join(" ", JvmFlags.sandbox()))
                .append(".\n\n");
    }

    private static void sizesTable(StringBuilder md, Report report) {
        md.append("## Sizes\n\n| artifact | MiB |\n|---|---:|\n");
        report.sizes().forEach((name, bytes) -> MarkdownTable.row(md, name, String.format("%.2f", bytes / 1048576.0)));
        md.append('\n');
    }

    private static void errors(StringBuilder md, Report report) {
        var lines = new ArrayList<String>();
        for (Summary s : report.summaries()) {
            s.errors()
                    .forEach(e ->
                            lines.add(s.subject().id() + " (JDK " + s.subject().jdk() + "): " + e));
            s.steps().forEach((step, st) -> {
                if (st.errors() > 0) {
                    lines.add(s.subject().id() + " (JDK " + s.subject().jdk() + "): " + step + " " + st.errors()
                            + " failed calls");
                }
            });
        }
        if (!lines.isEmpty()) {
            md.append("## Errors\n\n");
            lines.forEach(l -> md.append("- ").append(l.replace('\n', ' ')).append('\n'));
            md.append('\n');
        }
    }
}
