package dev.eigwbench.lab.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.PrintStream;

/** Lambda's logger writes to the function's log; here that is the JVM's stderr, which the lab saves. */
final class StderrLogger implements LambdaLogger {
    private final PrintStream log;

    StderrLogger(PrintStream log) {
        this.log = log;
    }

    @Override
    public void log(String message) {
        log.print(message);
        log.flush();
    }

    @Override
    public void log(byte[] message) {
        log.write(message, 0, message.length);
        log.flush();
    }
}
