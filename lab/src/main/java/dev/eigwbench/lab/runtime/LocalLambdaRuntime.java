package dev.eigwbench.lab.runtime;

import dev.eigwbench.common.lambda.LocalContext;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Stands in for Lambda's Java runtime inside one function JVM: loads the handler once, then runs each event
 * the lab sends on stdin and answers on stdout ({@link RuntimeProtocol}). Everything the function prints goes
 * to stderr, the function's log. The handler's {@link LocalContext} comes from common, which the lab puts on the
 * function's classpath beside this runtime's jar.
 */
public final class LocalLambdaRuntime {
    private LocalLambdaRuntime() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LocalLambdaRuntime <package.Class::method>");
            System.exit(2);
        }
        var protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var log = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(log);

        long initStart = System.nanoTime();
        HandlerInvoker invoker;
        try {
            invoker = HandlerInvoker.load(args[0], LocalLambdaRuntime.class.getClassLoader());
        } catch (Throwable e) {
            e.printStackTrace(log);
            send(protocol, RuntimeProtocol.INIT_ERROR, RuntimeProtocol.encode(RuntimeProtocol.errorJson(e)));
            System.exit(1);
            return;
        }
        send(protocol, RuntimeProtocol.READY, millisSince(initStart));

        var function = FunctionIdentity.fromEnvironment(System.getenv());
        var logger = new StderrLogger(log);
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            var parts = line.split(" ", 4);
            if (parts.length != 4 || !parts[0].equals(RuntimeProtocol.INVOKE)) {
                log.println("local runtime: ignoring malformed line: " + line);
                continue;
            }
            var requestId = parts[1];
            var context = function.context(requestId, Long.parseLong(parts[2]), logger);
            long start = System.nanoTime();
            try {
                var payload = invoker.invoke(RuntimeProtocol.decode(parts[3]), context);
                send(protocol, RuntimeProtocol.RESULT, requestId, millisSince(start), RuntimeProtocol.encode(payload));
            } catch (Throwable e) {
                e.printStackTrace(log);
                send(
                        protocol,
                        RuntimeProtocol.ERROR,
                        requestId,
                        millisSince(start),
                        RuntimeProtocol.encode(RuntimeProtocol.errorJson(e)));
            }
        }
        System.exit(0); // stdin closed: the environment is shut down, whatever threads the handler left running
    }

    private static void send(PrintStream protocol, String... words) {
        protocol.println(RuntimeProtocol.FRAME + String.join(" ", words));
    }

    private static String millisSince(long startNanos) {
        return String.format(Locale.ROOT, "%.3f", (System.nanoTime() - startNanos) / 1e6);
    }
}
