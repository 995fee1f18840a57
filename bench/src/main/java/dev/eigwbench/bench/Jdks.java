package dev.eigwbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JDKs to measure: Temurin 25 first (closest to Lambda's java25), then 17; the running JDK when neither exists. */
final class Jdks {
    private Jdks() {}

    static Map<String, Path> find() {
        var jdks = new LinkedHashMap<String, Path>();
        add(jdks, "25", Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"));
        add(jdks, "17", Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java"));
        if (jdks.isEmpty()) {
            jdks.put(
                    Integer.toString(Runtime.version().feature()),
                    Path.of(System.getProperty("java.home"), "bin", "java"));
        }
        return jdks;
    }

    private static void add(Map<String, Path> jdks, String label, Path java) {
        if (Files.isExecutable(java)) {
            jdks.put(label, java);
        }
    }
}
