package dev.eigwbench.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real process with a bounded wait and keeps its combined output for assertions and failure messages. */
record CommandLine(int exitCode, String output) {
    static CommandLine run(List<String> command, Path directory, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Streams streams = run(command, directory, environment, timeout, true);
        return new CommandLine(streams.exitCode(), streams.stdout());
    }

    /** Standard output and error apart, for commands whose stdout is a contract (the CDK CLI's). */
    static Streams runSeparately(
            List<String> command, Path directory, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        return run(command, directory, environment, timeout, false);
    }

    record Streams(int exitCode, String stdout, String stderr) {}

    private static Streams run(
            List<String> command, Path directory, Map<String, String> environment, Duration timeout, boolean merged)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("eigw-bench-command", ".out");
        Path err = Files.createTempFile("eigw-bench-command", ".err");
        try {
            var builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(merged)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                throw new AssertionError(command + " did not finish in " + timeout + ":\n"
                        + Files.readString(out, StandardCharsets.UTF_8)
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Streams(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
