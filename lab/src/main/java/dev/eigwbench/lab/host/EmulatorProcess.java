package dev.eigwbench.lab.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.lab.LabException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The emulators' JVM ({@code EmulatorsMain}): started with a command line, ready when it prints its JSON line
 * {@code {"event":"ready",...}}, stopped by closing its stdin (then killed with everything it started if it lingers).
 */
public final class EmulatorProcess implements AutoCloseable {
    private final Process process;
    private final JsonNode ready;

    private EmulatorProcess(Process process, JsonNode ready) {
        this.process = process;
        this.ready = ready;
    }

    public static EmulatorProcess start(
            List<String> command, Map<String, String> environment, Path logFile, Duration timeout) {
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new LabException("cannot start the emulators: " + e.getMessage(), e);
        }
        var readyLine = CompletableFuture.supplyAsync(() -> readUntilReady(process, logFile));
        try {
            var line = readyLine.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new LabException(
                        "the emulators exited before they were ready; their log: " + logFile + lastLines(logFile));
            }
            return new EmulatorProcess(process, new ObjectMapper().readTree(line));
        } catch (TimeoutException e) {
            FunctionHost.destroy(process);
            throw new LabException("the emulators were not ready within " + timeout.toSeconds() + " s; their log: "
                    + logFile + lastLines(logFile));
        } catch (Exception e) {
            FunctionHost.destroy(process);
            if (e instanceof LabException le) {
                throw le;
            }
            throw new LabException("the emulators did not start: " + e.getMessage(), e);
        }
    }

    /** Returns the ready line; copies anything else to the log. The reader keeps draining stdout afterwards. */
    private static String readUntilReady(Process process, Path logFile) {
        var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("{") && line.contains("\"event\":\"ready\"")) {
                    drainInBackground(in, logFile);
                    return line;
                }
                append(logFile, line);
            }
        } catch (IOException e) {
            // treated as exited
        }
        return null;
    }

    private static void drainInBackground(BufferedReader in, Path logFile) {
        var drain = new Thread(
                () -> {
                    try (in) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            append(logFile, line);
                        }
                    } catch (IOException ignored) {
                        // process gone
                    }
                },
                "emulators-stdout");
        drain.setDaemon(true);
        drain.start();
    }

    private static synchronized void append(Path logFile, String line) {
        try {
            Files.writeString(
                    logFile,
                    line + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log is a convenience
        }
    }

    private static String lastLines(Path logFile) {
        try {
            var lines = Files.readAllLines(logFile);
            return "\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** The ready line's JSON: each service's URLs, resource names, the queue URL and the HTTP target's path. */
    public JsonNode ready() {
        return ready;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        process.destroy(); // SIGTERM: EmulatorsMain stops its emulators (and dynalite's node process) itself
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                FunctionHost.destroy(process);
            }
        } catch (InterruptedException e) {
            FunctionHost.destroy(process);
            Thread.currentThread().interrupt();
        }
    }
}
