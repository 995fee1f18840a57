package dev.eigwbench.bench.probe.crac;

/** The {@code jdk.crac.Resource} contract, which {@code org.crac} binds to by reflection. */
public interface Resource {
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
