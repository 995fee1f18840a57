package dev.eigwbench.handler.report;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON through jackson-jr (small, no reflection-heavy databind). Records are written by their components, in
 * declaration order, so the output follows the model's field names exactly.
 */
public final class Json {
    /** Null fields are written, so every reader sees the model's full shape. */
    private static final JSON WRITER = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

    private Json() {}

    public static String write(Object value) {
        try {
            return WRITER.asString(plain(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON object; throws IllegalArgumentException when the text is not one. */
    public static Map<String, Object> readObject(String text) {
        try {
            Object parsed = WRITER.anyFrom(text);
            if (parsed instanceof Map<?, ?> map) {
                var out = new LinkedHashMap<String, Object>();
                map.forEach((k, v) -> out.put(String.valueOf(k), v));
                return out;
            }
            throw new IllegalArgumentException("the event must be a JSON object, got " + describe(parsed));
        } catch (IOException e) {
            throw new IllegalArgumentException("the event is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Record record) {
            var map = new LinkedHashMap<String, Object>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    map.put(component.getName(), plain(component.getAccessor().invoke(record)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return map;
        }
        if (value instanceof Map<?, ?> map) {
            var out = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Collection<?> collection) {
            var out = new ArrayList<Object>(collection.size());
            collection.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value.toString();
    }

    private static String describe(Object parsed) {
        return parsed == null ? "null" : parsed.getClass().getSimpleName().toLowerCase();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
