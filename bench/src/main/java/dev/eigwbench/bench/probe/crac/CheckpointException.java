package dev.eigwbench.bench.probe.crac;

/** A hook failed before the checkpoint (its cause is suppressed here, as in jdk.crac). */
public class CheckpointException extends Exception {
    private static final long serialVersionUID = 1L;
}
