package dev.eigwbench.client;

/** A problem the user can act on; its message is one line saying what to do, printed without a stack trace. */
public class ClientException extends RuntimeException {
    public ClientException(String message) {
        super(message);
    }

    public ClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
