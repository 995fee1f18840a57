package dev.eigwbench.lab.host;

import dev.eigwbench.lab.LabException;

/** The function did not answer: it outlived its timeout ({@code timedOut}) or its process ended. */
public final class InvocationFailure extends LabException {
    private final boolean timedOut;

    InvocationFailure(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
