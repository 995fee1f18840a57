package dev.eigwbench.bench;

/**
 * Per JDK and step, the first invocation's per-call mean against the warm invocation's, without and with priming:
 * what a cold start costs each call, on-demand and restored from a SnapStart snapshot.
 */
final class ColdStartTables {
    private ColdStartTables() {}

    static void append(StringBuilder md, Report report) {
        for (String jdk : report.jdks().keySet()) {
            var unprimed = report.find("handler", jdk);
            var primed = report.find("handler-primed", jdk);
            if (unprimed.isEmpty() || primed.isEmpty()) {
                continue;
            }
            md.append("## First invocation vs warm, per-call mean (JDK ")
                    .append(jdk)
                    .append(", N=")
                    .append(report.options().iterations())
                    .append(")\n\n")
                    .append(
                            "first = the first invocation's N calls in a fresh JVM; warm = the next invocation's N calls;"
                                    + " ratio = first / warm per run (median and range over runs). Primed = the handler's"
                                    + " SnapStart hooks ran before the first invocation, as a restored snapshot holds it.\n\n")
                    .append("| step | unprimed first ms | warm ms | unprimed ratio | primed first ms | warm ms |"
                            + " primed ratio |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (var step : unprimed.get().steps().entrySet()) {
                var u = step.getValue();
                var p = primed.get().steps().get(step.getKey());
                MarkdownTable.row(
                        md,
                        step.getKey(),
                        u.firstMeanMs().format(),
                        u.warmMeanMs().format(),
                        ratio(u.coldRatio()),
                        p == null ? "n/a" : p.firstMeanMs().format(),
                        p == null ? "n/a" : p.warmMeanMs().format(),
                        p == null ? "n/a" : ratio(p.coldRatio()));
            }
            md.append("\nMethods the JIT compiled during the first invocation (from its compilation log; the last run's"
                            + " list is in compiled-during-first-*.txt): unprimed ")
                    .append(unprimed.get().compiledDuringFirst().format())
                    .append(", primed ")
                    .append(primed.get().compiledDuringFirst().format())
                    .append(".\n\n");
        }
    }

    private static String ratio(Stats.Spread s) {
        return s.runs() == 0 ? "n/a" : String.format("%.2f× (%.2f–%.2f)", s.median(), s.min(), s.max());
    }
}
