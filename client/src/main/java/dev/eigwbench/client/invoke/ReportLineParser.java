package dev.eigwbench.client.invoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.report.LambdaReport;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the invocation's REPORT record in a log tail (the last 4 KB Lambda returns with {@code LogType=Tail}), in
 * the text format ({@code REPORT RequestId: … Duration: … ms …}) or the JSON format ({@code "type":
 * "platform.report"}). The tail may start mid-line; a REPORT record cut so far that its Duration, Billed Duration or
 * Memory Size is gone is treated as absent.
 */
public final class ReportLineParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REQUEST_ID = Pattern.compile("RequestId: ([0-9A-Za-z-]+)");
    /** Longest names first, so "Billed Restore Duration" is never read as "Restore Duration" or "Duration". */
    private static final Pattern TEXT_FIELD = Pattern.compile(
            "(?<![A-Za-z])(Billed Restore Duration|Restore Duration|Init Duration|Billed Duration|Max Memory Used"
                    + "|Memory Size|Duration): ([0-9]+(?:\\.[0-9]+)?) (?:ms|MB)");

    private ReportLineParser() {}

    public static Optional<LambdaReport> parse(String logTail) {
        if (logTail == null || logTail.isEmpty()) return Optional.empty();
        List<String> lines = logTail.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            Optional<LambdaReport> report = line.startsWith("{")
                    ? parseJson(line)
                    : line.contains("Duration:") ? parseText(line) : Optional.empty();
            if (report.isPresent()) return report;
        }
        return Optional.empty();
    }

    static Optional<LambdaReport> parseText(String line) {
        // A line cut at its front by the 4 KB limit no longer starts with REPORT; its fields cannot be trusted.
        if (!line.startsWith("REPORT ")) return Optional.empty();
        var fields = new HashMap<String, Double>();
        Matcher m = TEXT_FIELD.matcher(line);
        while (m.find()) fields.put(m.group(1), Double.valueOf(m.group(2)));
        Double duration = fields.get("Duration");
        Double billed = fields.get("Billed Duration");
        Double memory = fields.get("Memory Size");
        if (duration == null || billed == null || memory == null) return Optional.empty();
        Double maxUsed = fields.get("Max Memory Used");
        Matcher id = REQUEST_ID.matcher(line);
        return Optional.of(new LambdaReport(
                id.find() ? id.group(1) : null,
                duration,
                billed,
                memory.intValue(),
                maxUsed == null ? 0 : maxUsed.intValue(),
                fields.get("Init Duration"),
                fields.get("Restore Duration"),
                fields.get("Billed Restore Duration")));
    }

    static Optional<LambdaReport> parseJson(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return Optional.empty(); // a record cut by the 4 KB limit, or an application log line
        }
        if (node == null || !"platform.report".equals(node.path("type").asText())) return Optional.empty();
        JsonNode record = node.path("record");
        JsonNode metrics = record.path("metrics");
        if (!metrics.has("durationMs") || !metrics.has("billedDurationMs") || !metrics.has("memorySizeMB")) {
            return Optional.empty();
        }
        return Optional.of(new LambdaReport(
                record.hasNonNull("requestId") ? record.get("requestId").asText() : null,
                metrics.get("durationMs").asDouble(),
                metrics.get("billedDurationMs").asDouble(),
                metrics.get("memorySizeMB").asInt(),
                metrics.path("maxMemoryUsedMB").asInt(0),
                optional(metrics, "initDurationMs"),
                optional(metrics, "restoreDurationMs"),
                optional(metrics, "billedRestoreDurationMs")));
    }

    private static Double optional(JsonNode metrics, String name) {
        JsonNode value = metrics.get(name);
        return value == null || value.isNull() ? null : value.asDouble();
    }
}
