package dev.eigwbench.common.model;

/** Latency statistics in milliseconds over {@code count} samples; all zero when count is 0. */
public record LatencyStats(
        int count, double meanMs, double minMs, double p50Ms, double p90Ms, double p99Ms, double maxMs) {
    public static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0, 0, 0, 0);
}
