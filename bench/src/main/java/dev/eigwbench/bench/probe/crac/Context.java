package dev.eigwbench.bench.probe.crac;

import java.util.ArrayList;
import java.util.List;

/**
 * The global context of this stand-in: CRaC's order, last registered first before the checkpoint and first
 * registered first after the restore. Held strongly: the probe's JVM lives only as long as one measurement.
 */
public class Context<R extends Resource> implements Resource {
    private final List<R> resources = new ArrayList<>();

    public synchronized void register(R resource) {
        resources.add(resource);
    }

    @Override
    public synchronized void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).beforeCheckpoint(this);
        }
    }

    @Override
    public synchronized void afterRestore(Context<? extends Resource> context) throws Exception {
        for (R resource : resources) {
            resource.afterRestore(this);
        }
    }
}
