package dev.eigwbench.lab.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JDK the function JVMs run on: Temurin 25 when installed (closest to Lambda's {@code java25} runtime, which
 * is Amazon Corretto 25), else {@code EIGW_FUNCTION_JAVA_HOME} when set, else the JDK running the lab.
 */
public record FunctionJava(Path executable, String description) {
    public static final String ENV_OVERRIDE = "EIGW_FUNCTION_JAVA_HOME";
    private static final Path JVM_DIR = Path.of("/usr/lib/jvm");

    public static FunctionJava detect() {
        var override = System.getenv(ENV_OVERRIDE);
        if (override != null && !override.isBlank()) {
            var java = Path.of(override, "bin", "java");
            if (!Files.isExecutable(java)) {
                throw new IllegalArgumentException(
                        ENV_OVERRIDE + " must name a JDK home with bin/java, got '" + override + "'");
            }
            return new FunctionJava(java, "from " + ENV_OVERRIDE + " (" + override + ")");
        }
        return temurin25()
                .map(home -> new FunctionJava(home.resolve("bin/java"), "Temurin 25 (" + home + ")"))
                .orElseGet(() -> new FunctionJava(
                        Path.of(System.getProperty("java.home"), "bin", "java"),
                        "the lab's own JDK " + System.getProperty("java.version")
                                + " (Temurin 25 not found; Lambda runs java25)"));
    }

    private static Optional<Path> temurin25() {
        if (!Files.isDirectory(JVM_DIR)) {
            return Optional.empty();
        }
        try (var dirs = Files.list(JVM_DIR)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("temurin-25"))
                    .filter(d -> Files.isExecutable(d.resolve("bin/java")))
                    .sorted()
                    .findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
