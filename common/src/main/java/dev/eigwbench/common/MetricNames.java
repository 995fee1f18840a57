package dev.eigwbench.common;

/** CloudWatch names shared by the function's Embedded Metric Format output and the stack's dashboard. */
public final class MetricNames {
    public static final String NAMESPACE = "EigwBench";
    public static final String DIMENSION_VARIANT = "Variant";
    /** Each step's per-call latency metric is named after the step, e.g. {@code dynamodb-put}, in milliseconds. */
    public static final String UNIT = "Milliseconds";

    private MetricNames() {}

    public static String latencyMetric(Step step) {
        return step.id();
    }
}
