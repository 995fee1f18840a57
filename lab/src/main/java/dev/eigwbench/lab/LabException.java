package dev.eigwbench.lab;

/** A problem the user can act on; the command prints its message (no stack trace) and exits non-zero. */
public class LabException extends RuntimeException {
    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}
