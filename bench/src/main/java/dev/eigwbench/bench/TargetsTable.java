package dev.eigwbench.bench;

/** The targets on the main JDK with the stack's settings: what was measured, and whether each is met. */
final class TargetsTable {
    static final double JAR_TARGET_MB = 12;
    static final double RSS_TARGET_MB = 171;
    /** Unprimed: JVM start to the end of the first N-call invocation (issue 16). */
    static final double FIRST_DONE_TARGET_MS = 1500;
    /** Primed (the SnapStart stand-in): the first invocation's per-call mean over the warm one's, every step. */
    static final double PRIMED_RATIO_TARGET = 1.15;

    private TargetsTable() {}

    static void append(StringBuilder md, Report report) {
        var jdk = report.mainJdk().orElse("?");
        var iterations = report.options().iterations();
        var handler = report.find("handler", jdk);
        var minimal = report.find("minimal-apache5", jdk);
        md.append("## Targets (JDK ").append(jdk).append(", the stack's settings)\n\n");
        md.append("| target | measured | met |\n|---|---|---|\n");
        long jar = report.sizes().getOrDefault("handler jar (deployable)", 0L);
        row(
                md,
                "deployable jar ≤ 12 MB",
                String.format("%.2f MiB (%.2f MB)", jar / 1048576.0, jar / 1e6),
                jar / 1048576.0 <= JAR_TARGET_MB);
        handler.ifPresent(h -> {
            row(
                    md,
                    "peak RSS at N=" + iterations + " ≤ 171 MB",
                    h.peakRssMb().format() + " MiB",
                    h.peakRssMb().median() <= RSS_TARGET_MB);
            row(
                    md,
                    "unprimed: JVM start → first N=" + iterations + " invocation done ≤ 1.5 s",
                    h.firstDoneMs().format() + " ms (CPU time to there: " + MarkdownTable.spread(h.firstDoneCpuMs())
                            + " ms)",
                    h.firstDoneMs().median() <= FIRST_DONE_TARGET_MS);
        });
        report.find("handler-primed", jdk).ifPresent(p -> primedRatio(md, p));
        if (handler.isPresent() && minimal.isPresent()) {
            steadyWithinNoise(md, handler.get(), minimal.get());
        }
        md.append('\n');
    }

    private static void primedRatio(StringBuilder md, Summary primed) {
        var worst = new StringBuilder();
        boolean within = true;
        for (var step : primed.steps().entrySet()) {
            var r = step.getValue().coldRatio();
            boolean ok = r.runs() > 0 && r.median() <= PRIMED_RATIO_TARGET;
            within &= ok;
            worst.append(step.getKey())
                    .append(' ')
                    .append(String.format("%.2f×", r.median()))
                    .append(ok ? "" : " OVER")
                    .append("; ");
        }
        row(md, "primed: first invocation's per-call mean ≤ 1.15× warm, every step", worst.toString(), within);
    }

    private static void steadyWithinNoise(StringBuilder md, Summary handler, Summary minimal) {
        var worst = new StringBuilder();
        boolean within = true;
        for (var step : handler.steps().entrySet()) {
            var m = minimal.steps().get(step.getKey());
            if (m == null) {
                continue;
            }
            var h = step.getValue().p50Ms();
            double delta = h.median() - m.p50Ms().median();
            // Noise: the larger of the two run-to-run ranges of the median p50.
            double noise =
                    Math.max(h.max() - h.min(), m.p50Ms().max() - m.p50Ms().min());
            boolean ok = delta <= noise;
            within &= ok;
            worst.append(step.getKey())
                    .append(" Δ")
                    .append(Stats.number(delta))
                    .append(" (noise ")
                    .append(Stats.number(noise))
                    .append(ok ? ")" : ", OVER)")
                    .append("; ");
        }
        row(md, "steady p50 within noise of the minimal client", worst.toString(), within);
    }

    private static void row(StringBuilder md, String target, String measured, boolean met) {
        MarkdownTable.row(md, target, measured, met ? "yes" : "**no**");
    }
}
