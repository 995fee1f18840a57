package dev.eigwbench.bench.probe.crac;

/**
 * A CRaC implementation for the probe, named to {@code org.crac} with {@code -Dorg.crac.Core.Compat=} this package:
 * {@link #checkpointRestore()} runs every registered hook as a SnapStart snapshot would (before the checkpoint, then
 * after the restore) without taking a snapshot, so a "primed" first invocation meets the JVM as a restore leaves it.
 */
public final class Core {
    private static final Context<Resource> GLOBAL = new Context<>();

    private Core() {}

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    public static void checkpointRestore() throws CheckpointException, RestoreException {
        try {
            GLOBAL.beforeCheckpoint(null);
        } catch (Exception e) {
            var failed = new CheckpointException();
            failed.addSuppressed(e);
            throw failed;
        }
        try {
            GLOBAL.afterRestore(null);
        } catch (Exception e) {
            var failed = new RestoreException();
            failed.addSuppressed(e);
            throw failed;
        }
    }
}
