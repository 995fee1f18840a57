package dev.eigwbench.client.invoke;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.eigwbench.common.model.BenchmarkResult;
import java.io.IOException;

/** Reads the handler's result payload, or Lambda's error object when the function failed. */
public final class ResultParser {
    /** The result contract only grows: fields this client does not know are ignored. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultParser() {}

    /** The result, or null when the payload is not a benchmark result (e.g. an error object). */
    public static BenchmarkResult result(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            if (node == null
                    || !node.isObject()
                    || !BenchmarkResult.SCHEMA.equals(node.path("schema").asText())) {
                return null;
            }
            return JSON.treeToValue(node, BenchmarkResult.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** "errorType: errorMessage" from Lambda's error payload, falling back to the raw payload. */
    public static String functionError(String functionError, String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            if (node != null && node.isObject() && node.has("errorMessage")) {
                String type = node.path("errorType").asText("");
                return functionError + " " + (type.isEmpty() ? "" : type + ": ")
                        + node.get("errorMessage").asText();
            }
        } catch (IOException e) {
            // not JSON: fall through to the raw text
        }
        String raw = payload == null ? "" : payload.strip();
        return functionError + (raw.isEmpty() ? "" : " " + (raw.length() > 300 ? raw.substring(0, 300) + "…" : raw));
    }
}
