package dev.eigwbench.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eigwbench.common.Step;
import dev.eigwbench.common.model.BenchmarkResult;
import java.io.IOException;

/**
 * The one reader of the function's result payload (client and lab alike), and of Lambda's error object when the
 * function failed. Variant, step and address family arrive as their ids and are read into their enums.
 */
public final class ResultReader {
    /** The result contract only grows: fields this reader does not know are ignored. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultReader() {}

    /**
     * The result, or null when the payload is not a benchmark result (e.g. an error object). Steps this version does
     * not know (a newer function's) are left out, since there is nothing here to compare them with.
     */
    public static BenchmarkResult result(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            return node == null ? null : result(node);
        } catch (IOException e) {
            return null;
        }
    }

    /** As {@link #result(String)}, from an already parsed tree (e.g. one entry of a fixture file). */
    public static BenchmarkResult result(JsonNode node) {
        if (!node.isObject()
                || !BenchmarkResult.SCHEMA.equals(node.path("schema").asText())) {
            return null;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        if (copy.get("steps") instanceof ArrayNode steps) {
            for (int i = steps.size() - 1; i >= 0; i--) {
                if (Step.fromId(steps.get(i).path("step").asText()).isEmpty()) {
                    steps.remove(i);
                }
            }
        }
        try {
            return JSON.treeToValue(copy, BenchmarkResult.class);
        } catch (IOException | IllegalArgumentException e) {
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
