package dev.eigwbench.bench;

import dev.eigwbench.emulators.EmulatorsProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one child JVM to its {@code BENCH done} line within a timeout, reads its peak RSS while it is still alive,
 * then closes its stdin (its signal to exit) and kills it if it has not exited
 * within 2 minutes (a training run writes its class-data archive on exit). Its whole output goes to a log file.
 */
public final class ChildJvm {
    private ChildJvm() {}

    /** A child that failed or ran out of time; the message names its log. */
    public static final class ChildFailedException extends RuntimeException {
        ChildFailedException(String message) {
            super(message);
        }
    }

    public record Finished(long startMicros, ChildOutput output, long peakRssKb) {}

    public static Finished run(List<String> command, Map<String, String> environment, Path log, Duration timeout) {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        var output = new ChildOutput();
        // Taken just before the spawn: init times include fork and exec, as a cold start does.
        long startMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ChildFailedException("cannot start " + command.get(0) + ": " + e.getMessage());
        }
        var reader = new Thread(() -> read(process, output, log), "child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!hasDone(output) && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (!hasDone(output)) {
                reader.join(1000);
                String why = process.isAlive()
                        ? "did not finish within " + timeout.toSeconds() + " s"
                        : "exited with code " + process.exitValue() + " before it finished";
                throw new ChildFailedException("the child JVM " + why + "; its log: " + log);
            }
            long rss = ProcStatus.peakRssKb(process.pid()).orElse(-1);
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                destroy(process);
            }
            reader.join(2000);
            return new Finished(startMicros, output, rss);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChildFailedException("interrupted");
        } catch (IOException e) {
            throw new ChildFailedException("lost the child's stdin: " + e.getMessage());
        } finally {
            if (process.isAlive()) {
                destroy(process);
            }
        }
    }

    private static boolean hasDone(ChildOutput output) {
        synchronized (output) {
            return output.has("done");
        }
    }

    private static void read(Process process, ChildOutput output, Path log) {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                var out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            out.println(
                    "bench: " + String.join(" ", process.info().commandLine().orElse("")));
            String line;
            while ((line = in.readLine()) != null) {
                boolean protocol;
                synchronized (output) {
                    protocol = output.accept(line);
                }
                out.println(protocol && line.length() > 300 ? line.substring(0, 300) + "..." : line);
            }
        } catch (IOException e) {
            // The child has gone; the waiter reports it.
        }
    }

    static void destroy(Process process) {
        EmulatorsProcess.destroyTree(process);
    }
}
