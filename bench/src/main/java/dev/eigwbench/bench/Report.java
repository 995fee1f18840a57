package dev.eigwbench.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The summary as markdown (printed and written) and JSON. Figures: median (min–max) over fresh-JVM runs. */
final class Report {
    static final double JAR_TARGET_MB = 12;
    static final double RSS_TARGET_MB = 171;
    /** Unprimed: JVM start to the end of the first N-call invocation (issue 16). */
    static final double FIRST_DONE_TARGET_MS = 1500;
    /** Primed (the SnapStart stand-in): the first invocation's per-call mean over the warm one's, every step. */
    static final double PRIMED_RATIO_TARGET = 1.15;

    private final BenchOptions options;
    private final Map<String, Path> jdks;
    private final Map<String, Long> sizes;
    private final List<Summary> summaries;
    private final List<FallbackExperiment.Outcome> fallback;
    private final String resolution;

    Report(
            BenchOptions options,
            Map<String, Path> jdks,
            Map<String, Long> sizes,
            List<Summary> summaries,
            List<FallbackExperiment.Outcome> fallback,
            String resolution) {
        this.options = options;
        this.jdks = jdks;
        this.sizes = sizes;
        this.summaries = summaries;
        this.fallback = fallback;
        this.resolution = resolution;
    }

    String markdown() {
        var md = new StringBuilder();
        md.append("# eigw-bench: local benchmark\n\n");
        md.append("Measured ")
                .append(Instant.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs; JDKs ")
                .append(jdks.keySet())
                .append("; ")
                .append(options.runs())
                .append(" fresh JVMs per subject (interleaved); N=")
                .append(options.iterations())
                .append(" calls per step. Figures are median (min–max) over runs. Emulators on loopback. Every"
                        + " function JVM runs with Lambda's command line ")
                .append(String.join(" ", BenchMain.lambdaRuntimeFlags()))
                .append(" and, to size itself for the function's memory as in Lambda's sandbox, ")
                .append(String.join(" ", BenchMain.sandboxFlags()))
                .append(".\n\n");
        sizesTable(md);
        mainJdk().ifPresent(jdk -> handlerVersusMinimal(md, jdk));
        initTable(md);
        coldTable(md);
        latencyTable(md);
        fallbackTable(md);
        targets(md);
        errors(md);
        return md.toString();
    }

    private Optional<String> mainJdk() {
        return jdks.keySet().stream().findFirst();
    }

    private Optional<Summary> find(String id, String jdk) {
        return summaries.stream()
                .filter(s -> s.subject().id().equals(id) && s.subject().jdk().equals(jdk) && s.runs() > 0)
                .findFirst();
    }

    private void sizesTable(StringBuilder md) {
        md.append("## Sizes\n\n| artifact | MiB |\n|---|---:|\n");
        sizes.forEach((name, bytes) -> md.append("| ")
                .append(name)
                .append(" | ")
                .append(String.format("%.2f", bytes / 1048576.0))
                .append(" |\n"));
        md.append('\n');
    }

    private void handlerVersusMinimal(StringBuilder md, String jdk) {
        var handler = find("handler", jdk);
        var minimal = find("minimal-apache5", jdk);
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
            md.append("| ")
                    .append(step.getKey())
                    .append(" | ")
                    .append(h.p50Ms().format())
                    .append(" | ")
                    .append(m.p50Ms().format())
                    .append(" | ")
                    .append(Stats.number(h.p50Ms().median() - m.p50Ms().median()))
                    .append(" | ")
                    .append(h.p99Ms().format())
                    .append(" | ")
                    .append(m.p99Ms().format())
                    .append(" | ")
                    .append(h.firstCallMs().format())
                    .append(" | ")
                    .append(m.firstCallMs().format())
                    .append(" |\n");
        }
        md.append('\n');
    }

    private void initTable(StringBuilder md) {
        md.append("## Init, memory (every subject)\n\n")
                .append("ready = process start → handler/clients constructed; primed = → SnapStart hooks done"
                        + " (primed subjects only); first done = → first invocation (N calls per step) done; peak RSS"
                        + " = VmHWM after the second N-call invocation; CPU = the JVM's CPU time (all threads) at first done, which"
                        + " other work on the machine barely moves.\n\n")
                .append("| subject | JDK | JAVA_TOOL_OPTIONS (beyond the stack's) / runtime flags changed |"
                        + " ready ms | primed ms | first done ms | CPU to first done ms | peak RSS MiB | runs |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Summary s : summaries) {
            md.append("| ")
                    .append(s.subject().id())
                    .append(" | ")
                    .append(s.subject().jdk())
                    .append(" | ")
                    .append(difference(s.subject()))
                    .append(" | ")
                    .append(format(s.readyMs()))
                    .append(" | ")
                    .append(format(s.primedMs()))
                    .append(" | ")
                    .append(format(s.firstDoneMs()))
                    .append(" | ")
                    .append(format(s.firstDoneCpuMs()))
                    .append(" | ")
                    .append(format(s.peakRssMb()))
                    .append(" | ")
                    .append(s.runs())
                    .append(" |\n");
        }
        md.append('\n');
    }

    /**
     * Per step, the first invocation's per-call mean against the warm invocation's, without and with priming: what a
     * cold start costs each call, on-demand and restored from a SnapStart snapshot.
     */
    private void coldTable(StringBuilder md) {
        for (String jdk : jdks.keySet()) {
            var unprimed = find("handler", jdk);
            var primed = find("handler-primed", jdk);
            if (unprimed.isEmpty() || primed.isEmpty()) {
                continue;
            }
            md.append("## First invocation vs warm, per-call mean (JDK ")
                    .append(jdk)
                    .append(", N=")
                    .append(options.iterations())
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
                md.append("| ")
                        .append(step.getKey())
                        .append(" | ")
                        .append(u.firstMeanMs().format())
                        .append(" | ")
                        .append(u.warmMeanMs().format())
                        .append(" | ")
                        .append(ratio(u.coldRatio()))
                        .append(" | ")
                        .append(p == null ? "n/a" : p.firstMeanMs().format())
                        .append(" | ")
                        .append(p == null ? "n/a" : p.warmMeanMs().format())
                        .append(" | ")
                        .append(p == null ? "n/a" : ratio(p.coldRatio()))
                        .append(" |\n");
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

    /** What differs from the stack's settings, so the table says what each subject tests. */
    private static String difference(Subject s) {
        var parts = new ArrayList<String>();
        if (s.primed()) {
            parts.add("primed (SnapStart hooks before the first invocation)");
        }
        String stack = dev.eigwbench.common.FunctionSettings.JAVA_TOOL_OPTIONS;
        if (!s.toolOptions().equals(stack)) {
            parts.add(
                    s.toolOptions().startsWith(stack)
                            ? "+" + s.toolOptions().substring(stack.length()).replaceAll("=.*/", "=…/")
                            : "JAVA_TOOL_OPTIONS=" + s.toolOptions());
        }
        for (String flag : s.runtimeFlags()) {
            if (!BenchMain.lambdaRuntimeFlags().contains(flag)) {
                parts.add("runtime " + flag);
            }
        }
        for (String flag : BenchMain.lambdaRuntimeFlags()) {
            if (!s.runtimeFlags().contains(flag) && !flag.startsWith("-XX:+UseSerialGC") && !flag.startsWith("-Xshare")
                    || !s.runtimeFlags().contains(flag)
                            && flag.startsWith("-Xshare")
                            && s.runtimeFlags().stream().noneMatch(f -> f.startsWith("-Xshare"))) {
                parts.add("runtime without " + flag);
            }
        }
        return parts.isEmpty() ? "stack's settings" : String.join(", ", parts);
    }

    private void latencyTable(StringBuilder md) {
        var measured = summaries.stream()
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
            md.append("| ")
                    .append(s.subject().id())
                    .append(" | ")
                    .append(s.subject().jdk())
                    .append(" |");
            for (String step : steps) {
                var st = s.steps().get(step);
                md.append(' ')
                        .append(
                                st == null
                                        ? "n/a"
                                        : Stats.number(st.p50Ms().median()) + " / "
                                                + Stats.number(st.p99Ms().median()))
                        .append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void fallbackTable(StringBuilder md) {
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
            md.append("| ")
                    .append(o.client())
                    .append(" | ")
                    .append(o.scenario().description())
                    .append(" |");
            if (o.failure() != null) {
                md.append(" failed: ").append(o.failure()).append(" | | |\n");
                continue;
            }
            for (String call : o.calls()) {
                md.append(' ')
                        .append(call.replaceFirst("^\\d+ ", "").replace("|", "/"))
                        .append(" |");
            }
            md.append('\n');
        }
        md.append("\nInside the namespace, getaddrinfo answers (the JVM then puts IPv6 first when"
                        + " preferIPv6Addresses=true):\n\n```\n")
                .append(resolution.strip())
                .append("\n```\n\n");
    }

    private void targets(StringBuilder md) {
        var jdk = mainJdk().orElse("?");
        var handler = find("handler", jdk);
        var minimal = find("minimal-apache5", jdk);
        md.append("## Targets (JDK ").append(jdk).append(", the stack's settings)\n\n");
        md.append("| target | measured | met |\n|---|---|---|\n");
        long jar = sizes.getOrDefault("handler jar (deployable)", 0L);
        row(
                md,
                "deployable jar ≤ 12 MB",
                String.format("%.2f MiB (%.2f MB)", jar / 1048576.0, jar / 1e6),
                jar / 1048576.0 <= JAR_TARGET_MB);
        handler.ifPresent(h -> {
            row(
                    md,
                    "peak RSS at N=" + options.iterations() + " ≤ 171 MB",
                    h.peakRssMb().format() + " MiB",
                    h.peakRssMb().median() <= RSS_TARGET_MB);
            row(
                    md,
                    "unprimed: JVM start → first N=" + options.iterations() + " invocation done ≤ 1.5 s",
                    h.firstDoneMs().format() + " ms (CPU time to there: " + format(h.firstDoneCpuMs()) + " ms)",
                    h.firstDoneMs().median() <= FIRST_DONE_TARGET_MS);
        });
        find("handler-primed", jdk).ifPresent(p -> {
            var worst = new StringBuilder();
            boolean within = true;
            for (var step : p.steps().entrySet()) {
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
        });
        if (handler.isPresent() && minimal.isPresent()) {
            var worst = new StringBuilder();
            boolean within = true;
            for (var step : handler.get().steps().entrySet()) {
                var m = minimal.get().steps().get(step.getKey());
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
        md.append('\n');
    }

    private static void row(StringBuilder md, String target, String measured, boolean met) {
        md.append("| ")
                .append(target)
                .append(" | ")
                .append(measured)
                .append(" | ")
                .append(met ? "yes" : "**no**")
                .append(" |\n");
    }

    private void errors(StringBuilder md) {
        var lines = new ArrayList<String>();
        for (Summary s : summaries) {
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

    private static String format(Stats.Spread spread) {
        return spread == null ? "n/a" : spread.format();
    }

    String json() {
        var out = new LinkedHashMap<String, Object>();
        out.put("runs", options.runs());
        out.put("iterations", options.iterations());
        var jdkMap = new LinkedHashMap<String, Object>();
        jdks.forEach((k, v) -> jdkMap.put(k, v.toString()));
        out.put("jdks", jdkMap);
        out.put("sizesBytes", sizes);
        var subjects = new ArrayList<Object>();
        for (Summary s : summaries) {
            var m = new LinkedHashMap<String, Object>();
            m.put("id", s.subject().id());
            m.put("jdk", s.subject().jdk());
            m.put("client", s.subject().client());
            m.put("javaToolOptions", s.subject().toolOptions());
            m.put("runtimeFlags", s.subject().runtimeFlags());
            m.put("runs", s.runs());
            m.put("primed", s.subject().primed());
            m.put("readyMs", spread(s.readyMs()));
            m.put("primedMs", spread(s.primedMs()));
            m.put("firstDoneMs", spread(s.firstDoneMs()));
            m.put("firstDoneCpuMs", spread(s.firstDoneCpuMs()));
            m.put("peakRssMb", spread(s.peakRssMb()));
            m.put("compiledDuringFirst", spread(s.compiledDuringFirst()));
            var steps = new LinkedHashMap<String, Object>();
            s.steps().forEach((step, st) -> {
                var sm = new LinkedHashMap<String, Object>();
                sm.put("firstCallMs", spread(st.firstCallMs()));
                sm.put("firstMeanMs", spread(st.firstMeanMs()));
                sm.put("warmMeanMs", spread(st.warmMeanMs()));
                sm.put("coldRatio", spread(st.coldRatio()));
                sm.put("p50Ms", spread(st.p50Ms()));
                sm.put("p99Ms", spread(st.p99Ms()));
                sm.put("errors", st.errors());
                steps.put(step, sm);
            });
            m.put("steps", steps);
            m.put("errors", s.errors());
            subjects.add(m);
        }
        out.put("subjects", subjects);
        var fb = new ArrayList<Object>();
        for (var o : fallback) {
            var m = new LinkedHashMap<String, Object>();
            m.put("client", o.client());
            m.put("name", o.scenario().name());
            m.put("resolvesTo", o.scenario().description());
            m.put("calls", o.calls());
            m.put("failure", o.failure());
            fb.add(m);
        }
        out.put("fallback", fb);
        try {
            return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(out) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> spread(Stats.Spread s) {
        var m = new LinkedHashMap<String, Object>();
        if (s == null || s.runs() == 0) {
            return m;
        }
        m.put("median", s.median());
        m.put("min", s.min());
        m.put("max", s.max());
        return m;
    }
}
