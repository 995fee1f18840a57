package dev.eigwbench.common;

import java.util.Arrays;
import java.util.Optional;

/** An enum that travels in JSON as its id (e.g. "vpc", "sqs-send", "IPv6") rather than its constant's name. */
public interface WireId {
    String id();

    /** The constant of {@code type} with this id, if any. */
    static <E extends Enum<E> & WireId> Optional<E> find(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.id().equals(id))
                .findFirst();
    }

    /** The constant with this id; otherwise IllegalArgumentException naming {@code field} and the allowed ids. */
    static <E extends Enum<E> & WireId> E parse(Class<E> type, String id, String field) {
        return find(type, id)
                .orElseThrow(() -> new IllegalArgumentException(
                        field + " must be one of " + Arrays.toString(ids(type)) + ", got '" + id + "'"));
    }

    static <E extends Enum<E> & WireId> String[] ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireId::id).toArray(String[]::new);
    }
}
