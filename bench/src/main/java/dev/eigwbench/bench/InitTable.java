package dev.eigwbench.bench;

import dev.eigwbench.common.FunctionSettings;
import java.util.ArrayList;

/** Init and memory for every subject, each row saying how the subject differs from the stack's settings. */
final class InitTable {
    private InitTable() {}

    static void append(StringBuilder md, Report report) {
        md.append("## Init, memory (every subject)\n\n")
                .append("ready = process start → handler/clients constructed; primed = → SnapStart hooks done"
                        + " (primed subjects only); first done = → first invocation (N calls per step) done; peak RSS"
                        + " = VmHWM after the second N-call invocation; CPU = the JVM's CPU time (all threads) at first done, which"
                        + " other work on the machine barely moves.\n\n")
                .append("| subject | JDK | JAVA_TOOL_OPTIONS (beyond the stack's) / runtime flags changed |"
                        + " ready ms | primed ms | first done ms | CPU to first done ms | peak RSS MiB | runs |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Summary s : report.summaries()) {
            MarkdownTable.row(
                    md,
                    s.subject().id(),
                    s.subject().jdk(),
                    difference(s.subject()),
                    MarkdownTable.spread(s.readyMs()),
                    MarkdownTable.spread(s.primedMs()),
                    MarkdownTable.spread(s.firstDoneMs()),
                    MarkdownTable.spread(s.firstDoneCpuMs()),
                    MarkdownTable.spread(s.peakRssMb()),
                    s.runs());
        }
        md.append('\n');
    }

    /** What differs from the stack's settings, so the table says what each subject tests. */
    static String difference(Subject s) {
        var parts = new ArrayList<String>();
        if (s.primed()) {
            parts.add("primed (SnapStart hooks before the first invocation)");
        }
        String stack = FunctionSettings.JAVA_TOOL_OPTIONS;
        if (!s.toolOptions().equals(stack)) {
            parts.add(
                    s.toolOptions().startsWith(stack)
                            ? "+" + s.toolOptions().substring(stack.length()).replaceAll("=.*/", "=…/")
                            : "JAVA_TOOL_OPTIONS=" + s.toolOptions());
        }
        for (String flag : s.runtimeFlags()) {
            if (!JvmFlags.lambdaRuntime().contains(flag)) {
                parts.add("runtime " + flag);
            }
        }
        for (String flag : JvmFlags.lambdaRuntime()) {
            if (!s.runtimeFlags().contains(flag) && !flag.startsWith("-XX:+UseSerialGC") && !flag.startsWith("-Xshare")
                    || !s.runtimeFlags().contains(flag)
                            && flag.startsWith("-Xshare")
                            && s.runtimeFlags().stream().noneMatch(f -> f.startsWith("-Xshare"))) {
                parts.add("runtime without " + flag);
            }
        }
        return parts.isEmpty() ? "stack's settings" : String.join(", ", parts);
    }
}
