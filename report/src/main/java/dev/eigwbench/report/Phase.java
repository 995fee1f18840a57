package dev.eigwbench.report;

/** Cold and warm invocations are reported apart: a cold one pays JVM start, DNS, TCP and TLS set-up. */
public enum Phase {
    COLD("cold"),
    WARM("warm");

    private final String id;

    Phase(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Phase of(boolean coldStart) {
        return coldStart ? COLD : WARM;
    }
}
