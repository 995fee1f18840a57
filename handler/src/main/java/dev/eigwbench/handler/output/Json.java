package dev.eigwbench.handler.output;

import dev.eigwbench.common.WireId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;
import software.amazon.awssdk.thirdparty.jackson.core.StreamReadFeature;

/**
 * JSON through the streaming API of the jackson-core the AWS SDK ships relocated (third-party-jackson-core). The SDK
 * needs it anyway, so the function carries one JSON implementation, not two, and its size-bounded Lambda jar is
 * 0.65 MB smaller than with jackson-jr and the second jackson-core under it.
 *
 * <p>Records are written by their components, in declaration order, so the output follows the model's field names
 * exactly; null fields are written, so every reader sees the model's full shape. Enums that are a {@link WireId}
 * (variant, step, address family) are written as their ids, others by name. Objects are read into maps, arrays
 * into lists, numbers as Integer, Long, BigInteger or Double.
 */
public final class Json {
    /** A repeated key is rejected rather than silently decided by order. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {}

    public static String write(Object value) {
        var text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Reads a JSON object; throws IllegalArgumentException when the text is not one. */
    public static Map<String, Object> readObject(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("the event is not valid JSON: it is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the event must be a JSON object, got " + describe(first));
            }
            Object object = read(parser, first);
            // Anything after the object (a second event pasted in) is an error, never silently dropped.
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException(
                        "the event is not valid JSON: text follows the object at " + location(parser));
            }
            @SuppressWarnings("unchecked")
            var fields = (Map<String, Object>) object;
            return fields;
        } catch (IOException e) {
            throw new IllegalArgumentException("the event is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    private static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof Number number) {
            writeNumber(out, number);
        } else if (value instanceof WireId wire) {
            out.writeString(wire.id());
        } else if (value instanceof Enum<?> constant) {
            out.writeString(constant.name());
        } else if (value instanceof Record record) {
            out.writeStartObject();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                out.writeFieldName(component.getName());
                write(out, componentValue(record, component));
            }
            out.writeEndObject();
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName(String.valueOf(entry.getKey()));
                write(out, entry.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof Collection<?> collection) {
            out.writeStartArray();
            for (Object element : collection) {
                write(out, element);
            }
            out.writeEndArray();
        } else {
            out.writeString(value.toString());
        }
    }

    private static void writeNumber(JsonGenerator out, Number number) throws IOException {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            out.writeNumber(number.intValue());
        } else if (number instanceof Long) {
            out.writeNumber(number.longValue());
        } else if (number instanceof Float) {
            out.writeNumber(number.floatValue());
        } else if (number instanceof Double) {
            out.writeNumber(number.doubleValue());
        } else if (number instanceof BigDecimal decimal) {
            out.writeNumber(decimal);
        } else if (number instanceof BigInteger integer) {
            out.writeNumber(integer);
        } else {
            out.writeNumber(number.toString());
        }
    }

    private static Object componentValue(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object read(JsonParser in, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                var object = new LinkedHashMap<String, Object>();
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String name = in.currentName();
                    object.put(name, read(in, in.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken next = in.nextToken(); next != JsonToken.END_ARRAY; next = in.nextToken()) {
                    array.add(read(in, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return in.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return in.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return token == JsonToken.VALUE_TRUE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("unexpected " + token + " at " + location(in));
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private static String location(JsonParser parser) {
        var at = parser.currentTokenLocation();
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
