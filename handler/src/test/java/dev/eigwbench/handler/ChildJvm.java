package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.fail;

import dev.eigwbench.handler.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of this JDK started as Lambda starts one, without the build's JAVA_TOOL_OPTIONS, and run to its end within a
 * bound: its output goes to a file, so a child that hangs is killed at the bound instead of blocking a read.
 */
final class ChildJvm {
    private ChildJvm() {}

    /** {@code java <arguments>}; set its environment and error stream before {@link #run}. */
    static ProcessBuilder java(String... arguments) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return builder;
    }

    /** Its standard output (and error, if merged) once it ended; fails the test if it outlives the bound. */
    static String run(ProcessBuilder builder, Duration bound) throws IOException, InterruptedException {
        Path output = Files.createTempFile("child-jvm", ".out");
        try {
            Process process = builder.redirectOutput(output.toFile()).start();
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                fail("the child JVM did not finish within " + bound + ": " + Files.readString(output));
            }
            return Files.readString(output);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The last non-blank line as a JSON object: LocalRunner prints the function's response last. */
    static Map<String, Object> lastLineAsJson(String output) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            fail("the child JVM printed nothing");
        }
        return Json.readObject(lines.get(lines.size() - 1));
    }
}
