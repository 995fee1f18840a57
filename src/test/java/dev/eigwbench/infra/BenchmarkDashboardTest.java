package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.common.MetricNames;
import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Template;

/** The dashboard graphs the handler's EMF metrics per step, p50 and p99, both variants side by side. */
class BenchmarkDashboardTest {
    private static final Template TEMPLATE = SynthesizedStack.template();
    private static final JsonNode BODY = dashboardBody();

    @Test
    void dashboard_whenSynthesized_existsOnce() {
        TEMPLATE.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void stepWidget_whenSynthesized_graphsP50AndP99OfBothVariants(Step step) {
        var widget = widgetTitled(step.id() + ": per-call latency (ms)");
        var expected = new TreeSet<String>();
        for (String statistic : List.of("p50", "p99")) {
            for (Variant variant : Variant.values()) {
                expected.add(String.join(
                        " ",
                        MetricNames.NAMESPACE,
                        MetricNames.latencyMetric(step),
                        MetricNames.DIMENSION_VARIANT,
                        variant.id(),
                        statistic));
            }
        }
        assertEquals(expected, metricsOf(widget));
    }

    @Test
    void durationWidget_whenSynthesized_graphsBothLiveAliases() {
        var widget = widgetTitled("Lambda duration of the live alias (ms)");
        var expected = new TreeSet<String>();
        for (String statistic : List.of("p50", "p99")) {
            for (Variant variant : Variant.values()) {
                String function = "Ref:" + BenchmarkFunctionTest.functionLogicalId(variant);
                expected.add(String.join(
                        " ",
                        "AWS/Lambda",
                        "Duration",
                        "FunctionName",
                        function,
                        "Resource",
                        function + ":live",
                        statistic));
            }
        }
        assertEquals(expected, metricsOf(widget));
    }

    private static JsonNode widgetTitled(String title) {
        var matching = new ArrayList<JsonNode>();
        BODY.get("widgets").forEach(w -> {
            if (title.equals(w.path("properties").path("title").asText())) {
                matching.add(w);
            }
        });
        assertEquals(1, matching.size(), "widgets titled " + title);
        return matching.get(0);
    }

    /** Each metric as "namespace name dimension value ... statistic". */
    private static Set<String> metricsOf(JsonNode widget) {
        var metrics = new TreeSet<String>();
        widget.path("properties").path("metrics").forEach(metric -> {
            var words = new ArrayList<String>();
            metric.forEach(part -> {
                if (part.isTextual()) {
                    words.add(part.asText());
                } else {
                    words.add(part.path("stat").asText());
                }
            });
            metrics.add(String.join(" ", words));
        });
        return metrics;
    }

    /** The body is an Fn::Join of JSON text and references; references become "Ref:logicalId" strings. */
    @SuppressWarnings("unchecked")
    private static JsonNode dashboardBody() {
        var properties = (Map<String, Object>) TEMPLATE.findResources("AWS::CloudWatch::Dashboard")
                .values()
                .iterator()
                .next()
                .get("Properties");
        var join = (List<Object>) ((Map<String, Object>) properties.get("DashboardBody")).get("Fn::Join");
        var json = new StringBuilder();
        for (Object part : (List<Object>) join.get(1)) {
            json.append(part instanceof String text ? text : "Ref:" + ((Map<String, Object>) part).get("Ref"));
        }
        try {
            return new ObjectMapper().readTree(json.toString());
        } catch (Exception e) {
            throw new AssertionError("dashboard body is not JSON: " + json, e);
        }
    }
}
