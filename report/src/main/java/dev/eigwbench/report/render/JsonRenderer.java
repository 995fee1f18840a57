package dev.eigwbench.report.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.eigwbench.report.BenchmarkReport;
import java.io.UncheckedIOException;

/** The whole report as JSON: header, aggregates, verdicts, cost, and every run's raw result with its samples. */
public final class JsonRenderer {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonRenderer() {}

    public static String render(BenchmarkReport report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise the report: " + e.getOriginalMessage(), e);
        }
    }
}
