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
 */
public record Subject(String id, String client, String jdk, Path java, String toolOptions, List<String> runtimeFlags) {
    public Subject {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: required");
        }
        runtimeFlags = List.copyOf(runtimeFlags);
    }

    public boolean handler() {
        return client == null;
    }

    public Subject withToolOptions(String id, String options) {
        return new Subject(id, client, jdk, java, options, runtimeFlags);
    }

    public Subject withRuntimeFlags(String id, List<String> flags) {
        return new Subject(id, client, jdk, java, toolOptions, flags);
    }
}
