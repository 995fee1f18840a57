package dev.eigwbench.lab.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One function's log file (its stdout and stderr, and the lab's START/END/REPORT records), and the lines it logs
 * during the current invocation, which Lambda returns with the invocation.
 */
final class FunctionLog {
    private final Path file;
    /** The current invocation's lines, or null between invocations. */
    private StringBuilder capture;

    FunctionLog(Path file) {
        this.file = file;
    }

    /** A line the function logged: to the file, and to the current invocation's lines. */
    synchronized void add(String line) {
        if (capture != null) {
            capture.append(line).append('\n');
        }
        appendToFile(line);
    }

    /** Writes a line to the file only. */
    synchronized void appendToFile(String line) {
        try {
            Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log is a convenience
        }
    }

    synchronized void beginCapture() {
        capture = new StringBuilder();
    }

    /** The lines logged since the capture began (also after a failure), and stops capturing. */
    synchronized String takeCapture() {
        var log = capture == null ? "" : capture.toString();
        capture = null;
        return log;
    }
}
