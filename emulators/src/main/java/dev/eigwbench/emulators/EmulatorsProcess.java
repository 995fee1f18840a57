package dev.eigwbench.emulators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one launcher of the emulators' JVM ({@link EmulatorsMain}), for the lab and bench alike: started with a command
 * line, ready when it prints its JSON line {@code {"event":"ready",...}} (everything else it prints goes to the log),
 * stopped by closing its stdin and SIGTERM, then killed with everything it started if it lingers.
 */
public final class EmulatorsProcess implements AutoCloseable {
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final Process process;
    private final String readyLine;

    private EmulatorsProcess(Process process, String readyLine) {
        this.process = process;
        this.readyLine = readyLine;
    }

    /**
     * @param environment the whole environment of the process, or null to inherit this one's
     * @throws IllegalStateException when it cannot start, exits or is not ready within {@code timeout}: the message
     *     ends with the log's last lines
     */
    public static EmulatorsProcess start(
            List<String> command, Map<String, String> environment, Path logFile, Duration timeout) {
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        if (environment != null) {
            builder.environment().clear();
            builder.environment().putAll(environment);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the emulators: " + e.getMessage(), e);
        }
        var ready = CompletableFuture.supplyAsync(() -> readUntilReady(process, logFile));
        try {
            String line = ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new IllegalStateException(
                        "the emulators exited before they were ready; their log: " + logFile + lastLines(logFile));
            }
            return new EmulatorsProcess(process, line);
        } catch (TimeoutException e) {
            destroyTree(process);
            throw new IllegalStateException("the emulators were not ready within " + timeout.toSeconds()
                    + " s; their log: " + logFile + lastLines(logFile));
        } catch (InterruptedException e) {
            destroyTree(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the emulators started", e);
        } catch (IllegalStateException e) {
            destroyTree(process);
            throw e;
        } catch (Exception e) {
            destroyTree(process);
            throw new IllegalStateException("the emulators did not start: " + e.getMessage(), e);
        }
    }

    /** The ready line, as printed: each service's URLs, resource names, the queue URL and the HTTP target's path. */
    public String readyLine() {
        return readyLine;
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
            if (!process.waitFor(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                destroyTree(process);
            }
        } catch (InterruptedException e) {
            destroyTree(process);
            Thread.currentThread().interrupt();
        }
    }

    /** Kills a process and everything it started, waiting (bounded) for it to go. */
    public static void destroyTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
            Files.writeString(logFile, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
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
}
