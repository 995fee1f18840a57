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

    private final Launch launch;
    private final Process process;
    private final Writer stdin;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final double initMs;
    private final FunctionLog log;
    private boolean invoked;

    private FunctionHost(Launch launch, Process process, Duration initTimeout) {
        this.launch = launch;
        this.process = process;
        this.log = new FunctionLog(launch.logFile());
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
        new FunctionLog(launch.logFile()).appendToFile("lab: starting " + String.join(" ", launch.command()));
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

    /** Writes a line to the function's log file only (the lab's START/END/REPORT records). */
    public void appendToFile(String line) {
        log.appendToFile(line);
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

    /** Peak resident memory of the function's process tree in MiB, Lambda's "Max Memory Used". */
    public int maxMemoryUsedMb() {
        return PeakMemory.maxUsedMb(process);
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
        log.beginCapture();
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
        var logged = log.takeCapture();
        return switch (parts[0]) {
            case RuntimeProtocol.RESULT -> new Invocation(requestId, cold, durationMs, body, null, logged);
            case RuntimeProtocol.ERROR -> new Invocation(requestId, cold, durationMs, null, body, logged);
            default -> throw failure("sent an unexpected line: " + line);
        };
    }

    /** The lines logged since the current invocation began (also after a failure), and stops capturing. */
    public String takeCapture() {
        return log.takeCapture();
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
                                log.add(line);
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
