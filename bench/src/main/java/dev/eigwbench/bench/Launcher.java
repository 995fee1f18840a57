package dev.eigwbench.bench;

import dev.eigwbench.bench.probe.HandlerProbe;
import dev.eigwbench.common.CodeLocation;
import dev.eigwbench.common.FunctionSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command lines and environments for the children: the handler probe beside the deployable jar, or a harness. */
final class Launcher {
    private final Path handlerJar;
    private final Path probeDir;
    private final Map<String, Path> clientJars;

    Launcher(Path handlerJar, Path probeDir, Map<String, Path> clientJars) {
        this.handlerJar = handlerJar;
        this.probeDir = probeDir;
        this.clientJars = Map.copyOf(clientJars);
    }

    List<String> command(Subject subject, int iterations) {
        return command(subject, iterations, null);
    }

    /** With {@code jitLog}, the JVM also writes its compilation log there (see {@link JitLog}). */
    List<String> command(Subject subject, int iterations, Path jitLog) {
        var command = new ArrayList<String>();
        command.add(subject.java().toString());
        command.addAll(JvmFlags.sandbox());
        if (jitLog != null) {
            command.add(JitLog.option(jitLog));
        }
        command.addAll(subject.runtimeFlags());
        if (subject.primed()) {
            // Not a Lambda flag: points the handler's org.crac at the probe's stand-in for Lambda's CRaC runtime.
            command.add("-D" + HandlerProbe.CRAC_PROPERTY + "=" + HandlerProbe.CRAC_IMPLEMENTATION);
        }
        command.add("-cp");
        if (subject.handler()) {
            // Lambda's order: the function's code first, then the runtime's own jars (the probe's Context is common's).
            command.add(String.join(
                    File.pathSeparator,
                    handlerJar.toString(),
                    probeDir.resolve("eigw-bench-bench-probe.jar").toString(),
                    probeDir.resolve("aws-lambda-java-core.jar").toString(),
                    CodeLocation.common().toString()));
            command.add(BenchMain.PROBE_CLASS);
            command.add(BenchMain.HANDLER_CLASS);
        } else {
            command.add(clientJars.get(subject.client()).toString());
            command.add(BenchMain.HARNESS_CLASS);
            command.add("run");
            command.add(subject.client());
        }
        command.add(Integer.toString(iterations));
        if (subject.primed()) {
            command.add("primed");
        }
        return command;
    }

    Map<String, String> environment(Subject subject, Map<String, String> function) {
        var env = new LinkedHashMap<>(function);
        env.put(FunctionSettings.ENV_JAVA_TOOL_OPTIONS, subject.toolOptions());
        return env;
    }
}
