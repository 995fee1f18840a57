package dev.eigwbench.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.eigwbench.bench.child.ChildLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a child (handler probe or client harness) printed: {@code BENCH <what> <value>} lines ({@link ChildLines}). Every other line is
 * the function's own log and is ignored here.
 */
public final class ChildOutput {
    public static final String PREFIX = ChildLines.PREFIX;

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();

    /** Keeps a protocol line; returns false for any other line. */
    public boolean accept(String line) {
        if (!line.startsWith(PREFIX)) {
            return false;
        }
        String rest = line.substring(PREFIX.length());
        int space = rest.indexOf(' ');
        String key = space < 0 ? rest : rest.substring(0, space);
        String value = space < 0 ? "" : rest.substring(space + 1);
        values.put(key, value);
        if (key.equals("call")) {
            calls.add(value);
        }
        return true;
    }

    /** Every "call" line, in order (the fallback experiment prints one per call). */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String value(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("the child never printed '" + PREFIX + key + "'; see its log");
        }
        return value;
    }

    /** Microseconds since the epoch printed by the child, as milliseconds after {@code startMicros}. */
    public double millisAfter(String key, long startMicros) {
        return (Long.parseLong(value(key).trim()) - startMicros) / 1000.0;
    }

    /** One step's calls from a result payload: the handler's or the harness's, both {"steps":[...]} JSON. */
    public record StepCalls(String step, int errors, String firstError, List<Double> samplesMs) {
        public StepCalls {
            samplesMs = List.copyOf(samplesMs);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<StepCalls> steps(String payloadJson) {
        Map<String, Object> payload;
        try {
            payload = JSON.std.mapFrom(payloadJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("payload: not JSON (" + e.getMessage() + ")");
        }
        Object steps = payload.get("steps");
        if (!(steps instanceof List<?> list)) {
            throw new IllegalArgumentException("payload: no 'steps' list (status " + payload.get("status") + ", error "
                    + payload.get("error") + ")");
        }
        var out = new ArrayList<StepCalls>();
        for (Object item : list) {
            var step = (Map<String, Object>) item;
            var samples = new ArrayList<Double>();
            for (Object sample : (List<Object>) step.getOrDefault("samplesMs", List.of())) {
                samples.add(((Number) sample).doubleValue());
            }
            out.add(new StepCalls(
                    String.valueOf(step.get("step")),
                    ((Number) step.getOrDefault("errors", 0)).intValue(),
                    firstError(step),
                    samples));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String firstError(Map<String, Object> step) {
        if (step.get("firstError") instanceof String s) {
            return s;
        }
        if (step.get("errorTypes") instanceof List<?> types && !types.isEmpty()) {
            var first = (Map<String, Object>) types.get(0);
            return first.get("type") + ": " + first.get("sampleMessage");
        }
        return null;
    }
}
