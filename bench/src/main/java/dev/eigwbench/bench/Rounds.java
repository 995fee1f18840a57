package dev.eigwbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every subject's fresh JVMs in interleaved rounds (round 1 of every subject, then round 2, ...), so slow
 * phases of this shared machine spread over every subject alike, and reduces each subject's runs to a summary.
 */
final class Rounds {
    private final Launcher launcher;
    private final Map<String, String> environment;
    private final Path logs;

    Rounds(Launcher launcher, Map<String, String> environment, Path logs) {
        this.launcher = launcher;
        this.environment = environment;
        this.logs = logs;
    }

    List<Summary> measure(List<Subject> subjects, int runs, int iterations) {
        var samples = new LinkedHashMap<Subject, List<RunSample>>();
        var failures = new LinkedHashMap<Subject, List<String>>();
        subjects.forEach(s -> {
            samples.put(s, new ArrayList<>());
            failures.put(s, new ArrayList<>());
        });
        for (int round = 1; round <= runs; round++) {
            for (Subject s : subjects) {
                BenchMain.log("run " + round + "/" + runs + ": " + s.id() + " on JDK " + s.jdk());
                try {
                    samples.get(s).add(run(s, s.id() + "-jdk" + s.jdk() + "-run" + round, iterations));
                } catch (ChildJvm.ChildFailedException | IllegalArgumentException | IllegalStateException e) {
                    BenchMain.log("  failed: " + e.getMessage());
                    failures.get(s).add("run " + round + ": " + e.getMessage());
                }
            }
        }
        return subjects.stream()
                .map(s -> Summary.of(s, samples.get(s), failures.get(s)))
                .toList();
    }

    /** One fresh JVM of the subject, logged under {@code name}. */
    private RunSample run(Subject s, String name, int iterations) {
        // The handler's runs log what the JIT compiles, to show what the first invocation still compiles.
        Path jitLog = s.handler() && s.id().startsWith("handler") ? logs.resolve(name + ".jit.log") : null;
        var finished = ChildJvm.run(
                launcher.command(s, iterations, jitLog),
                launcher.environment(s, environment),
                logs.resolve(name + ".log"),
                BenchMain.CHILD_TIMEOUT);
        var out = finished.output();
        return new RunSample(
                out.millisAfter("ready", finished.startMicros()),
                out.has("primed") ? out.millisAfter("primed", finished.startMicros()) : Double.NaN,
                out.millisAfter("first-done", finished.startMicros()),
                out.has("first-done-cpu-ms") ? Double.parseDouble(out.value("first-done-cpu-ms")) : Double.NaN,
                finished.peakRssKb(),
                RunSample.steps(ChildOutput.steps(out.value("cold")), ChildOutput.steps(out.value("steady"))),
                jitLog == null
                        ? null
                        : JitLog.split(
                                jitLog,
                                epochMillis(out, out.has("primed") ? "primed" : "ready"),
                                epochMillis(out, "first-done")));
    }

    private static double epochMillis(ChildOutput out, String key) {
        return Long.parseLong(out.value(key).trim()) / 1000.0;
    }
}
