package dev.eigwbench.common.request;

import java.util.Collection;
import java.util.Map;

/**
 * A short, bounded rendering of any event value for error messages: a multi-megabyte list, map, string or number
 * shows its first characters and its size, so an INVALID_INPUT response stays small whatever the event's size.
 */
public final class Excerpt {
    /** Characters of a value shown before it is cut. */
    public static final int MAX_CHARS = 80;
    /** Characters of a whole message kept. */
    public static final int MAX_MESSAGE_CHARS = 500;

    private Excerpt() {}

    public static String of(Object value) {
        var out = new StringBuilder();
        boolean complete = append(out, value);
        if (complete && out.length() <= MAX_CHARS) {
            return out.toString();
        }
        out.setLength(Math.min(out.length(), MAX_CHARS));
        return out + "…" + size(value);
    }

    /** A whole message (e.g. the JSON parser's), cut only when it is far longer than a message should be. */
    public static String message(String message) {
        return message.length() <= MAX_MESSAGE_CHARS
                ? message
                : message.substring(0, MAX_MESSAGE_CHARS) + "…" + size(message);
    }

    /** A field's name as given, cut like a value when it is long. */
    public static String name(String name) {
        return name.length() <= MAX_CHARS ? name : name.substring(0, MAX_CHARS) + "…" + size(name);
    }

    /** Appends the value until the excerpt is full; false when it was cut. */
    private static boolean append(StringBuilder out, Object value) {
        if (out.length() > MAX_CHARS) {
            return false;
        }
        if (value instanceof String s) {
            out.append('\'').append(s, 0, Math.min(s.length(), MAX_CHARS + 1));
            if (s.length() > MAX_CHARS) {
                return false;
            }
            out.append('\'');
            return true;
        }
        if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                if (!append(out, item)) {
                    return false;
                }
            }
            out.append(']');
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                String key = String.valueOf(entry.getKey());
                out.append(key, 0, Math.min(key.length(), MAX_CHARS + 1));
                if (key.length() > MAX_CHARS || !append(out.append(": "), entry.getValue())) {
                    return false;
                }
            }
            out.append('}');
            return true;
        }
        String text = String.valueOf(value);
        out.append(text, 0, Math.min(text.length(), MAX_CHARS + 1));
        return text.length() <= MAX_CHARS;
    }

    private static String size(Object value) {
        if (value instanceof String s) {
            return " (" + s.length() + " characters)";
        }
        if (value instanceof Collection<?> list) {
            return " (" + list.size() + " items)";
        }
        if (value instanceof Map<?, ?> map) {
            return " (" + map.size() + " fields)";
        }
        return " (" + String.valueOf(value).length() + " characters)";
    }
}
