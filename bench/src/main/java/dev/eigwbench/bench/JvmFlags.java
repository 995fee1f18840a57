package dev.eigwbench.bench;

import dev.eigwbench.common.FunctionSettings;
import java.util.List;

/** The JVM command-line flags every function JVM gets, and the variants of them that subjects measure. */
final class JvmFlags {
    private JvmFlags() {}

    /**
     * The command line Lambda's Java runtime starts the JVM with (applied after JAVA_TOOL_OPTIONS, so these win),
     * the same as the lab's function JVMs.
     */
    static List<String> lambdaRuntime() {
        return List.of(
                "-XX:MaxHeapSize=" + Math.round(FunctionSettings.MEMORY_MB * 0.85) + "m",
                "-XX:+UseSerialGC",
                "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED");
    }

    /**
     * Not a function setting: makes the JVM size itself for the function's memory, as it does inside Lambda's
     * sandbox, instead of for this machine's RAM (initial heap is 1/64 of RAM: 16 MB in a 1 GB function, hundreds
     * of MB on a workstation, which would inflate peak RSS).
     */
    static List<String> sandbox() {
        return List.of("-XX:MaxRAM=" + FunctionSettings.MEMORY_MB + "m");
    }

    static List<String> withoutXshare(List<String> flags) {
        return flags.stream().filter(f -> !f.startsWith("-Xshare")).toList();
    }

    static List<String> replace(List<String> flags, String from, String to) {
        return flags.stream().map(f -> f.equals(from) ? to : f).toList();
    }
}
