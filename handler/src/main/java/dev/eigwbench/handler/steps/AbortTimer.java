package dev.eigwbench.handler.steps;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that aborts calls outliving their bound: a blocking HTTP call cannot time itself out as a
 * whole (its socket timeout is per read), but closing its connection from another thread ends it at once. Built
 * once per execution environment.
 */
public final class AbortTimer implements AutoCloseable {
    private final ScheduledThreadPoolExecutor executor;

    public AbortTimer() {
        executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            var thread = new Thread(runnable, "eigw-abort-timer");
            thread.setDaemon(true);
            return thread;
        });
        // Most calls finish in time: their cancelled aborts must not pile up in the queue.
        executor.setRemoveOnCancelPolicy(true);
    }

    /** Runs {@code abort} after {@code delay} unless the returned future is cancelled first. */
    public Future<?> schedule(Duration delay, Runnable abort) {
        return executor.schedule(abort, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
