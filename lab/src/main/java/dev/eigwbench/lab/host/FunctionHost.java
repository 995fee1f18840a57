package dev.eigwbench.lab.host;

import dev.eigwbench.common.Variant;
import dev.eigwbench.emulators.EmulatorsProcess;
import dev.eigwbench.lab.LabException;
import dev.eigwbench.lab.runtime.RuntimeProtocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One function's execution environment: a JVM running the handler under the local runtime, kept warm across
 * invocations. Like Lambda, an invocation that outlives the function's timeout ends the environment; the next
 * start is cold again.
 */
public final class FunctionHost implements AutoCloseable {
    private static final String EOF = "\u0000eof";

    /**
     * @param command the full command line (namespace entry, exec wrapper, java, options, runtime main class)
     * @param environment the whole environment the JVM sees (nothing is inherited from the lab)
     * @param logFile where the function's log (its stdout and stderr) goes
     * @param workingDirectory the task root, as Lambda's /var/task
     */
    public record Launch(
            Variant variant,
            List<String> command,
            Map<String, String> environment,
            Path logFile,
            Path workingDirectory) {
        public Launch {
            command = List.copyOf(command);
            environment = Map.copyOf(environment);
        }
    }

    /**
     * What one invocation returned: the payload, or Lambda's error JSON when the handler threw, and the lines the
     * function logged while it ran.
     */
    public record Invocation(
            String requestId, boolean cold, double durationMs, String payload, String error, String log) {}

    /** The function did not answer: it outlived its timeout ({@code timedOut}) or its process ended. */
    public static final class InvocationFailure extends LabException {
        private final boolean timedOut;

        InvocationFailure(String message, boolean timedOut) {
            super(message);
            this.timedOut = timedOut;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }

    private final Launch launch;
    private final Process process;
    private final Writer stdin;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final double initMs;
    private boolean invoked;
    /** The current invocation's log lines, or null between invocations. */
    private StringBuilder capture;

    private FunctionHost(Launch launch, Process process, Duration initTimeout) {
        this.launch = launch;
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        startReader();
        var ready = nextLine(initTimeout, "start");
        if (ready.startsWith(RuntimeProtocol.INIT_ERROR + " ")) {
            throw failure("failed to initialise: " + decode(ready.substring(RuntimeProtocol.INIT_ERROR.length() + 1)));
        }
        if (!ready.startsWith(RuntimeProtocol.READY + " ")) {
            throw failure("sent an unexpected first line: " + ready);
        }
        this.initMs = Double.parseDouble(ready.substring(RuntimeProtocol.READY.length() + 1));
    }

    public static FunctionHost start(Launch launch, Duration initTimeout) {
        logCommand(launch);
        var builder = new ProcessBuilder(launch.command())
                .directory(launch.workingDirectory().toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(launch.logFile().toFile()));
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new LabException("cannot start the " + launch.variant().id() + " function: " + e.getMessage(), e);
        }
        try {
            return new FunctionHost(launch, process, initTimeout);
        } catch (RuntimeException e) {
            destroy(process);
            throw e;
        }
    }

    private synchronized void appendToLog(String line) {
        if (capture != null) {
            capture.append(line).append('\n');
        }
        appendToFile(line);
    }

    /** Writes a line to the function's log file only (the lab's START/END/REPORT records). */
    public synchronized void appendToFile(String line) {
        try {
            java.nio.file.Files.writeString(
                    launch.logFile(),
                    line + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log is a convenience
        }
    }

    private static void logCommand(Launch launch) {
        try {
            java.nio.file.Files.writeString(
                    launch.logFile(),
                    "lab: starting " + String.join(" ", launch.command()) + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log is a convenience
        }
    }

    public Variant variant() {
        return launch.variant();
    }

    public double initMs() {
        return initMs;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** The process's exit code once it has ended, else -1. */
    public int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /**
     * Peak resident memory of the function's process tree in MiB (Linux {@code VmHWM}), Lambda's "Max Memory Used";
     * 0 where /proc is not available.
     */
    public int maxMemoryUsedMb() {
        long kb = peakRssKb(process.toHandle());
        for (var child : process.descendants().toList()) {
            kb = Math.max(kb, peakRssKb(child));
        }
        return (int) Math.ceil(kb / 1024.0);
    }

    private static long peakRssKb(ProcessHandle handle) {
        try {
            for (var line : java.nio.file.Files.readAllLines(Path.of("/proc", Long.toString(handle.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return 0;
    }

    /** Sends one event and waits at most the function timeout plus a grace period for the answer. */
    public Invocation invoke(String eventJson, Duration functionTimeout) {
        return invoke(UUID.randomUUID().toString(), eventJson, functionTimeout);
    }

    /** As {@link #invoke(String, Duration)}, with the caller's request id (the Invoke API's). */
    public Invocation invoke(String requestId, String eventJson, Duration functionTimeout) {
        var deadline = System.currentTimeMillis() + functionTimeout.toMillis();
        boolean cold = !invoked;
        invoked = true;
        synchronized (this) {
            capture = new StringBuilder();
        }
        try {
            stdin.write(String.join(
                    " ",
                    RuntimeProtocol.INVOKE,
                    requestId,
                    Long.toString(deadline),
                    RuntimeProtocol.encode(eventJson)));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw failure("stopped accepting events: " + e.getMessage());
        }
        var line = nextLine(
                functionTimeout.plusSeconds(5),
                "answer within its " + functionTimeout.toSeconds()
                        + " s timeout (the environment is ended, as Lambda does)");
        var parts = line.split(" ", 4);
        if (parts.length != 4 || !parts[1].equals(requestId)) {
            throw failure("sent an unexpected line: " + line);
        }
        var durationMs = Double.parseDouble(parts[2]);
        var body = decode(parts[3]);
        var log = takeCapture();
        return switch (parts[0]) {
            case RuntimeProtocol.RESULT -> new Invocation(requestId, cold, durationMs, body, null, log);
            case RuntimeProtocol.ERROR -> new Invocation(requestId, cold, durationMs, null, body, log);
            default -> throw failure("sent an unexpected line: " + line);
        };
    }

    /** The lines logged since the current invocation began (also after a failure), and stops capturing. */
    public synchronized String takeCapture() {
        var log = capture == null ? "" : capture.toString();
        capture = null;
        return log;
    }

    private void startReader() {
        var reader = new Thread(
                () -> {
                    try (var in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            if (line.startsWith(RuntimeProtocol.FRAME)) {
                                lines.add(line.substring(RuntimeProtocol.FRAME.length()));
                            } else {
                                appendToLog(line);
                            }
                        }
                    } catch (IOException ignored) {
                        // the process ended; EOF below tells the waiter
                    }
                    lines.add(EOF);
                },
                "function-" + launch.variant().id() + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    private String nextLine(Duration timeout, String what) {
        String line;
        try {
            line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was interrupted");
        }
        if (line == null) {
            destroy(process);
            throw new InvocationFailure(message("did not " + what), true);
        }
        if (line.equals(EOF)) {
            throw new InvocationFailure(message("exited (code " + waitExit() + ") before it could " + what), false);
        }
        return line;
    }

    private String waitExit() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private LabException failure(String what) {
        return new LabException(message(what));
    }

    private String message(String what) {
        return "the " + launch.variant().id() + " function " + what + "; its log: " + launch.logFile();
    }

    private static String decode(String base64) {
        return new String(RuntimeProtocol.decode(base64), StandardCharsets.UTF_8);
    }

    /** Closes stdin (the runtime's signal to exit), then kills the JVM if it has not gone within 5 s. */
    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                destroy(process);
            }
        } catch (InterruptedException e) {
            destroy(process);
            Thread.currentThread().interrupt();
        }
    }

    static void destroy(Process process) {
        EmulatorsProcess.destroyTree(process);
    }
}
