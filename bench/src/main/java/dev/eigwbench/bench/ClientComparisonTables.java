package dev.eigwbench.bench;

import java.util.ArrayList;

/** The handler's per-call latency against the minimal clients': side by side per step, and steady p50 / p99. */
final class ClientComparisonTables {
    private ClientComparisonTables() {}

    static void handlerVersusMinimal(StringBuilder md, Report report, String jdk) {
        var handler = report.find("handler", jdk);
        var minimal = report.find("minimal-apache5", jdk);
        if (handler.isEmpty() || minimal.isEmpty()) {
            return;
        }
        md.append("## Handler vs minimal client (Apache 5, JDK ")
                .append(jdk)
                .append("), ms per call\n\n")
                .append("Steady state = calls 2..N of the warm invocation; first call = the first invocation's first"
                        + " call (class loading, connection set-up).\n\n")
                .append("| step | handler p50 | minimal p50 | Δ p50 | handler p99 | minimal p99 |"
                        + " handler first call | minimal first call |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var step : handler.get().steps().entrySet()) {
            var h = step.getValue();
            var m = minimal.get().steps().get(step.getKey());
            if (m == null) {
                continue;
            }
            MarkdownTable.row(
                    md,
                    step.getKey(),
                    h.p50Ms().format(),
                    m.p50Ms().format(),
                    Stats.number(h.p50Ms().median() - m.p50Ms().median()),
                    h.p99Ms().format(),
                    m.p99Ms().format(),
                    h.firstCallMs().format(),
                    m.firstCallMs().format());
        }
        md.append('\n');
    }

    static void steadyLatency(StringBuilder md, Report report) {
        var measured = report.summaries().stream()
                .filter(s -> s.runs() > 0
                        && (s.subject().id().startsWith("minimal-")
                                || s.subject().id().equals("handler")))
                .toList();
        if (measured.isEmpty()) {
            return;
        }
        var steps = measured.get(0).steps().keySet();
        md.append("## Steady-state p50 / p99 per call, ms\n\n| subject | JDK |");
        steps.forEach(step -> md.append(' ').append(step).append(" |"));
        md.append("\n|---|---|");
        steps.forEach(step -> md.append("---:|"));
        md.append('\n');
        for (Summary s : measured) {
            var cells = new ArrayList<Object>();
            cells.add(s.subject().id());
            cells.add(s.subject().jdk());
            for (String step : steps) {
                var st = s.steps().get(step);
                cells.add(
                        st == null
                                ? "n/a"
                                : Stats.number(st.p50Ms().median()) + " / "
                                        + Stats.number(st.p99Ms().median()));
            }
            MarkdownTable.row(md, cells.toArray());
        }
        md.append('\n');
    }
}
