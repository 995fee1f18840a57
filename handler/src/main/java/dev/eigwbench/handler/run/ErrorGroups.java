package dev.eigwbench.handler.run;

import dev.eigwbench.common.model.ErrorCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Failures grouped by exception class, each with the first message seen. */
final class ErrorGroups {
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, String> samples = new LinkedHashMap<>();

    void add(Throwable error) {
        String type = error.getClass().getName();
        counts.computeIfAbsent(type, k -> new int[1])[0]++;
        samples.putIfAbsent(type, message(error));
    }

    List<ErrorCount> toList() {
        var list = new ArrayList<ErrorCount>();
        counts.forEach((type, count) -> list.add(new ErrorCount(type, count[0], samples.get(type))));
        return list;
    }

    private static String message(Throwable error) {
        String message = error.getMessage();
        if (message == null && error.getCause() != null) {
            message = error.getCause().toString();
        }
        if (message == null) {
            return error.getClass().getSimpleName();
        }
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
