package dev.eigwbench.handler.readiness;

import dev.eigwbench.common.readiness.DestinationList;
import dev.eigwbench.common.readiness.DestinationList.InvalidDestinationException;
import dev.eigwbench.common.readiness.DestinationSpec;
import dev.eigwbench.common.request.InvalidEventException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code {"readiness": {"destinations": ["https://api.example.com/health", "db.example.com:5432", "sts"],
 * "connectTimeoutMs": 2000}}}. The same rules as the benchmark event: unknown fields are rejected, and every error
 * names the field or entry and shows a short excerpt of it.
 */
public final class ReadinessEventParser {
    public static final String FIELD = "readiness";
    static final Set<String> FIELDS = Set.of("destinations", "connectTimeoutMs");
    static final int MIN_CONNECT_MS = 100;
    static final int MAX_CONNECT_MS = 10_000;

    private final String region;
    private final Duration defaultConnectTimeout;

    public ReadinessEventParser(String region, Duration defaultConnectTimeout) {
        this.region = region;
        this.defaultConnectTimeout = defaultConnectTimeout;
    }

    /** True when the event asks for a readiness check rather than a benchmark run. */
    public static boolean isReadiness(Map<String, Object> event) {
        return event != null && event.containsKey(FIELD);
    }

    public ReadinessRequest parse(Map<String, Object> event) throws InvalidEventException {
        for (String name : event.keySet()) {
            if (!name.equals(FIELD)) {
                throw new InvalidEventException(
                        name, "a readiness event has only the field 'readiness'; run the benchmark separately");
            }
        }
        if (!(event.get(FIELD) instanceof Map<?, ?> body)) {
            throw new InvalidEventException(
                    FIELD, "must be an object like {\"destinations\": [\"https://api.example.com\", \"sts\"]}");
        }
        for (Object name : body.keySet()) {
            if (!FIELDS.contains(String.valueOf(name))) {
                throw new InvalidEventException(
                        FIELD + "." + name,
                        "unknown field; allowed fields are "
                                + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        return new ReadinessRequest(
                destinations(body.get("destinations")), connectTimeout(body.get("connectTimeoutMs")));
    }

    private List<DestinationSpec> destinations(Object value) throws InvalidEventException {
        String field = FIELD + ".destinations";
        if (!(value instanceof List<?> list)) {
            throw new InvalidEventException(
                    field,
                    "must be a list of 1 to " + DestinationList.MAX_DESTINATIONS
                            + " strings (URL, host:port or AWS service name)");
        }
        var entries = new ArrayList<String>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String text)) {
                throw new InvalidEventException(field + "[" + i + "]", "must be a string, got " + list.get(i));
            }
            entries.add(text);
        }
        try {
            return DestinationList.parse(entries, region, field, i -> field + "[" + i + "]");
        } catch (InvalidDestinationException e) {
            throw new InvalidEventException(e.where(), e.problem());
        }
    }

    private Duration connectTimeout(Object value) throws InvalidEventException {
        if (value == null) {
            return defaultConnectTimeout;
        }
        if (!(value instanceof Number number)
                || number.doubleValue() != Math.rint(number.doubleValue())
                || number.doubleValue() < MIN_CONNECT_MS
                || number.doubleValue() > MAX_CONNECT_MS) {
            throw new InvalidEventException(
                    FIELD + ".connectTimeoutMs",
                    "must be a whole number of milliseconds from " + MIN_CONNECT_MS + " to " + MAX_CONNECT_MS + ", got "
                            + value);
        }
        return Duration.ofMillis(number.longValue());
    }
}
