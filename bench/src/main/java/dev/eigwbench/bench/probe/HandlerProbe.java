package dev.eigwbench.bench.probe;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.eigwbench.bench.child.ChildLines;
import dev.eigwbench.common.lambda.LocalContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Loads the real handler from the deployable jar as Lambda's runtime does (by class name, no-argument constructor),
 * then invokes it twice with N calls per step: the first invocation, then a warm one. With {@code primed}, it first
 * runs the handler's SnapStart hooks in-process (beforeCheckpoint, then afterRestore, through the CRaC global
 * context the handler registered with), so the first invocation meets the JVM as a restored snapshot holds it.
 * Prints timestamps and both payloads as {@code BENCH <what> <value>} lines ({@link ChildLines}); after
 * {@code BENCH done} it waits for stdin to close, so the parent can read its peak RSS while it is still alive.
 *
 * <pre>java -cp eigw-bench-handler.jar:probe.jar:aws-lambda-java-core.jar:COMMON HandlerProbe CLASS ITERATIONS [primed]</pre>
 *
 * COMMON (common's jar or classes) brings the handler's {@link LocalContext}.
 */
public final class HandlerProbe {
    /** How {@code org.crac} is told which CRaC implementation to use (else it looks for jdk.crac). */
    public static final String CRAC_PROPERTY = "org.crac.Core.Compat";

    public static final String CRAC_IMPLEMENTATION = "dev.eigwbench.bench.probe.crac";

    /** Longer than any run: the handler stops itself early when its remaining time runs low. */
    private static final Duration FUNCTION_TIMEOUT = Duration.ofMinutes(5);

    private HandlerProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || args.length == 3 && !args[2].equals("primed")) {
            System.err.println("usage: HandlerProbe HANDLER_CLASS ITERATIONS [primed]");
            System.exit(2);
        }
        var handler = (RequestStreamHandler)
                Class.forName(args[0]).getDeclaredConstructor().newInstance();
        ChildLines.say("ready", ChildLines.now());
        if (args.length == 3) {
            checkpointAndRestore();
            ChildLines.say("primed", ChildLines.now());
        }
        String event = "{\"iterations\":" + Integer.parseInt(args[1]) + "}";
        String cold = invoke(handler, event);
        ChildLines.firstInvocationDone();
        ChildLines.say("cold", cold);
        ChildLines.steadyInvocationDone(invoke(handler, event));
        System.exit(0);
    }

    /**
     * What Lambda does around a SnapStart snapshot, minus the snapshot: the handler's {@code org.crac} (in its jar)
     * runs its hooks through the stand-in CRaC implementation it was pointed at ({@link #CRAC_PROPERTY}).
     */
    private static void checkpointAndRestore() throws ReflectiveOperationException {
        if (!CRAC_IMPLEMENTATION.equals(System.getProperty(CRAC_PROPERTY))) {
            throw new IllegalStateException("primed needs -D" + CRAC_PROPERTY + "=" + CRAC_IMPLEMENTATION);
        }
        Class.forName("org.crac.Core").getMethod("checkpointRestore").invoke(null);
    }

    private static String invoke(RequestStreamHandler handler, String event) throws IOException {
        var out = new ByteArrayOutputStream();
        handler.handleRequest(
                new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                out,
                LocalContext.withRemaining(FUNCTION_TIMEOUT));
        return out.toString(StandardCharsets.UTF_8).replace('\n', ' ');
    }
}
