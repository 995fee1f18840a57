package dev.eigwbench.infra;

/** A context value the app cannot use; the message names the key and how to fix it, so synth prints no stack trace. */
public final class ConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
