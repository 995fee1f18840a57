package dev.eigwbench.report.stats;

import dev.eigwbench.report.Phase;

/**
 * How the caller's user gets more invocations of a phase, for rows that cannot compare yet: the lab says
 * "run with `--runs 5`", the client "run with `--invocations 4`".
 */
@FunctionalInterface
public interface RunHint {
    RunHint GENERIC = (phase, perFunction) -> "run more " + phase.id() + " invocations";

    /**
     * @param phase the phase whose row lacks invocations
     * @param perFunction invocations of each function the phase needs
     */
    String howToGet(Phase phase, int perFunction);
}
