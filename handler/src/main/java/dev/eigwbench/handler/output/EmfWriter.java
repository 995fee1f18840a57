package dev.eigwbench.handler.output;

import dev.eigwbench.common.MetricNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch Embedded Metric Format: one metric per step (named by its id), one value per successful call,
 * dimension Variant. EMF takes at most 100 values per metric per log line, so long runs span several lines.
 */
public final class EmfWriter {
    static final int MAX_VALUES_PER_LINE = 100;

    private EmfWriter() {}

    /** @param valuesByMetric per step id, the latencies of its successful calls (failures are counted as errors) */
    public static List<String> lines(String variant, Map<String, List<Double>> valuesByMetric, long timestampMs) {
        var lines = new ArrayList<String>();
        valuesByMetric.forEach((metric, values) -> {
            for (int from = 0; from < values.size(); from += MAX_VALUES_PER_LINE) {
                List<Double> chunk = values.subList(from, Math.min(values.size(), from + MAX_VALUES_PER_LINE));
                lines.add(Json.write(line(variant, metric, chunk, timestampMs)));
            }
        });
        return lines;
    }

    private static Map<String, Object> line(String variant, String metric, List<Double> values, long timestampMs) {
        var definition = new LinkedHashMap<String, Object>();
        definition.put("Namespace", MetricNames.NAMESPACE);
        definition.put("Dimensions", List.of(List.of(MetricNames.DIMENSION_VARIANT)));
        // Ordered maps throughout, so the same run always logs the same bytes.
        var metricDefinition = new LinkedHashMap<String, Object>();
        metricDefinition.put("Name", metric);
        metricDefinition.put("Unit", MetricNames.UNIT);
        definition.put("Metrics", List.of(metricDefinition));
        var aws = new LinkedHashMap<String, Object>();
        aws.put("Timestamp", timestampMs);
        aws.put("CloudWatchMetrics", List.of(definition));
        var line = new LinkedHashMap<String, Object>();
        line.put("_aws", aws);
        line.put(MetricNames.DIMENSION_VARIANT, variant);
        line.put(metric, values);
        return line;
    }
}
