package dev.eigwbench.bench.probe.crac;

/** A hook failed after the restore (its cause is suppressed here, as in jdk.crac). */
public class RestoreException extends Exception {
    private static final long serialVersionUID = 1L;
}
