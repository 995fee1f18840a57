package dev.eigwbench.lab.net;

import dev.eigwbench.lab.LabException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs short system commands ({@code ip}, {@code sysctl}) with a bounded wait; a hung command is killed. */
public final class CommandRunner {
    private final Duration timeout;

    public CommandRunner(Duration timeout) {
        this.timeout = timeout;
    }

    public record Result(List<String> command, int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs the command and fails with its stderr when it exits non-zero. */
    public Result check(List<String> command) {
        var result = run(command);
        if (!result.ok()) {
            throw new LabException("command failed (exit " + result.exitCode() + "): " + String.join(" ", command)
                    + (result.stderr().isBlank() ? "" : ": " + result.stderr().strip()));
        }
        return result;
    }

    public Result run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new LabException("cannot run " + command.get(0) + " (is iproute2 installed?): " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            var stdout = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            var stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LabException(
                        "command did not finish within " + timeout.toSeconds() + " s: " + String.join(" ", command));
            }
            return new Result(command, process.exitValue(), stdout.join(), stderr.join());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while running " + String.join(" ", command), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
