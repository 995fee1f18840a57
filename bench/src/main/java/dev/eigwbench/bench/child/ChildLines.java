package dev.eigwbench.bench.child;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The child's side of bench's line protocol: {@code BENCH <what> <value>} on stdout (every other line is the
 * function's own log), read by the parent's {@code ChildOutput}. Shared by the handler probe and the client
 * harness: the probe jar and every harness jar include this package.
 */
public final class ChildLines {
    public static final String PREFIX = "BENCH ";

    private ChildLines() {}

    public static void say(String what, String value) {
        System.out.println(PREFIX + what + " " + value);
        System.out.flush();
    }

    /** Wall-clock microseconds: the parent compares them with its own clock reading taken before the spawn. */
    public static String now() {
        return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()));
    }

    /**
     * The first invocation has just returned: when, in wall time and in CPU time (all the JVM's threads; unlike wall
     * time, barely moved by other work on the machine). Its payload follows as "cold", written after this line so
     * that writing it is not timed.
     */
    public static void firstInvocationDone() {
        say("first-done", now());
        say(
                "first-done-cpu-ms",
                Long.toString(ProcessHandle.current()
                        .info()
                        .totalCpuDuration()
                        .map(Duration::toMillis)
                        .orElse(-1L)));
    }

    /**
     * The warm invocation's payload, then "done"; then waits for stdin to close, so the parent can read this JVM's
     * peak RSS while it still lives.
     */
    public static void steadyInvocationDone(String steady) throws IOException {
        say("steady", steady);
        say("done", "");
        waitForStdinClose();
    }

    private static void waitForStdinClose() throws IOException {
        while (System.in.read() >= 0) {
            // Only the end of input matters.
        }
    }
}
