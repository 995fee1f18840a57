package dev.eigwbench.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** One parsed workflow file, with typed access to the parts the policy tests inspect. */
record Workflow(String path, String text, Map<String, Object> root) {
    static final String CI = ".github/workflows/ci.yml";
    static final String DEPLOY = ".github/workflows/deploy.yml";

    static Workflow load(String path) {
        return new Workflow(path, RepositoryFiles.read(path), RepositoryFiles.yaml(path));
    }

    static List<Workflow> all() {
        return RepositoryFiles.workflows().stream().map(Workflow::load).toList();
    }

    Map<String, Object> jobs() {
        return map(root.get("jobs"), path + ": jobs");
    }

    Map<String, Object> job(String id) {
        return map(jobs().get(id), path + ": job " + id);
    }

    static List<Map<String, Object>> steps(Map<String, Object> job) {
        Object steps = job.get("steps");
        if (steps == null) {
            return List.of();
        }
        var result = new ArrayList<Map<String, Object>>();
        for (Object step : (List<?>) steps) {
            result.add(map(step, "step"));
        }
        return result;
    }

    /** Every step of every job, keyed "job#index" for messages. */
    Map<String, Map<String, Object>> allSteps() {
        var result = new LinkedHashMap<String, Map<String, Object>>();
        jobs().forEach((id, job) -> {
            var steps = steps(map(job, id));
            for (int i = 0; i < steps.size(); i++) {
                result.put(path + " " + id + "#" + i, steps.get(i));
            }
        });
        return result;
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError(what + " is not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }

    /** Visits every key and its value, at any depth, in document order. */
    void walk(BiConsumer<String, Object> visitor) {
        walk(root, visitor);
    }

    private static void walk(Object node, BiConsumer<String, Object> visitor) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                visitor.accept(String.valueOf(k), v);
                walk(v, visitor);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> walk(item, visitor));
        }
    }
}
