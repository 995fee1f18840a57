package dev.eigwbench.bench;

import dev.eigwbench.common.FunctionSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which subjects the chosen parts measure, on which JDKs (the AppCDS/AOT ones come from {@link ArchiveTraining}). */
final class SubjectPlan {
    private SubjectPlan() {}

    /**
     * @param jdks the JDKs found, the main one first (the only one the minimal clients run on)
     * @param clients the client harnesses' names
     */
    static List<Subject> subjects(Set<String> parts, Map<String, Path> jdks, Set<String> clients) {
        String mainJdk = jdks.keySet().iterator().next();
        var subjects = new ArrayList<Subject>();
        var flags = JvmFlags.lambdaRuntime();
        var c1 = FunctionSettings.JAVA_TOOL_OPTIONS;
        for (var jdk : jdks.entrySet()) {
            var handler = new Subject("handler", null, jdk.getKey(), jdk.getValue(), c1, flags);
            if (parts.contains("handler") || parts.contains("jvm")) {
                subjects.add(handler);
            }
            if (parts.contains("handler")) {
                subjects.add(handler.primed("handler-primed"));
            }
            if (parts.contains("clients") && jdk.getKey().equals(mainJdk)) {
                for (String client : clients) {
                    subjects.add(new Subject("minimal-" + client, client, jdk.getKey(), jdk.getValue(), c1, flags));
                }
            }
            if (parts.contains("jvm")) {
                subjects.add(handler.withToolOptions("jit-default", FunctionSettings.PREFER_IPV6));
                subjects.add(
                        handler.withRuntimeFlags("c1-cds-off", JvmFlags.replace(flags, "-Xshare:auto", "-Xshare:off")));
                subjects.add(
                        handler.withRuntimeFlags("c1-g1", JvmFlags.replace(flags, "-XX:+UseSerialGC", "-XX:+UseG1GC")));
                // C1 compiling after fewer calls: the unprimed first invocation runs interpreted for less of it.
                subjects.add(handler.withToolOptions("c1-thresholds-0.5", c1 + " -XX:CompileThresholdScaling=0.5"));
                subjects.add(handler.withToolOptions("c1-thresholds-0.2", c1 + " -XX:CompileThresholdScaling=0.2"));
            }
        }
        return subjects;
    }
}
