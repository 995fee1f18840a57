package dev.eigwbench.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One thing measured: the handler probe or a client harness, on one JDK, with one set of JVM options.
 *
 * @param id short name used in tables and the JSON summary
 * @param client null for the handler; else the harness's HTTP client
 * @param jdk the JDK's label, e.g. "25"
 * @param java the JDK's java executable
 * @param toolOptions JAVA_TOOL_OPTIONS, as the stack sets it
 * @param runtimeFlags the command line Lambda's runtime starts the JVM with (applied after JAVA_TOOL_OPTIONS)
 * @param primed the handler's SnapStart hooks run before its first invocation, as a restored snapshot holds it
 */
public record Subject(
        String id,
        String client,
        String jdk,
        Path java,
        String toolOptions,
        List<String> runtimeFlags,
        boolean primed) {
    public Subject {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: required");
        }
        runtimeFlags = List.copyOf(runtimeFlags);
        if (primed && client != null) {
            throw new IllegalArgumentException("primed: only the handler has SnapStart hooks, not client " + client);
        }
    }

    public Subject(String id, String client, String jdk, Path java, String toolOptions, List<String> runtimeFlags) {
        this(id, client, jdk, java, toolOptions, runtimeFlags, false);
    }

    public boolean handler() {
        return client == null;
    }

    public Subject withToolOptions(String id, String options) {
        return new Subject(id, client, jdk, java, options, runtimeFlags, primed);
    }

    public Subject withRuntimeFlags(String id, List<String> flags) {
        return new Subject(id, client, jdk, java, toolOptions, flags, primed);
    }

    /** The same JVM, primed before its first invocation (the SnapStart stand-in). */
    public Subject primed(String id) {
        return new Subject(id, client, jdk, java, toolOptions, runtimeFlags, true);
    }
}
