package dev.eigwbench.common.request;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.Step;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The benchmark event, as every sender writes it and the function reads it: the one place its fields, bounds and
 * defaults are defined. Every field is optional; null means "the function's default".
 *
 * <ul>
 *   <li>{@code iterations}: calls per step, a whole number {@value #MIN_ITERATIONS}..{@value #MAX_ITERATIONS}
 *       (default: the deployment's DEFAULT_ITERATIONS, itself {@value FunctionSettings#DEFAULT_ITERATIONS} unless
 *       synth's {@code -c iterations} says otherwise)
 *   <li>{@code steps}: step ids to run, e.g. {@code ["dynamodb-put","dynamodb-query"]} (default: all six; they
 *       always run in the function's order; dynamodb-query reads back what dynamodb-put wrote in this run)
 *   <li>{@code url}: an absolute http or https URL for http-get (default: the function's FETCH_URL); the function
 *       decides which URLs it refuses
 *   <li>{@code runId}: 1..64 of {@code A-Z a-z 0-9 - _}, names the run's DynamoDB partition and S3 prefix
 *       (default: a random UUID); reuse one only on purpose, since writes accumulate under it
 * </ul>
 *
 * @param iterations calls per step, or null for the deployment's default
 * @param steps steps to run (never empty, no repeats), or null for all
 * @param url the URL http-get fetches, or null for the function's default
 * @param runId the run's label, or null for a random one
 */
public record BenchmarkRequest(Integer iterations, List<Step> steps, String url, String runId) {
    public static final int MIN_ITERATIONS = 1;
    public static final int MAX_ITERATIONS = 1000;
    public static final int DEFAULT_ITERATIONS = FunctionSettings.DEFAULT_ITERATIONS;
    public static final Set<String> FIELDS = Set.of("iterations", "steps", "url", "runId");
    public static final String ITERATIONS_ALLOWED =
            "must be a whole number from " + MIN_ITERATIONS + " to " + MAX_ITERATIONS;
    public static final String URL_ALLOWED = "must be an absolute http:// or https:// URL with a host and no user"
            + " info, e.g. https://jsonplaceholder.typicode.com/todos/1";
    private static final String RUN_ID_ALLOWED = "must be 1 to 64 characters of A-Z, a-z, 0-9, '-' or '_'";
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Every field set to the function's default. */
    public static final BenchmarkRequest DEFAULTS = new BenchmarkRequest(null, null, null, null);

    public BenchmarkRequest {
        if (iterations != null) {
            checkIterations(iterations);
        }
        if (steps != null) {
            if (steps.isEmpty()) {
                throw new IllegalArgumentException("steps must name at least one step, or be left out for all");
            }
            if (EnumSet.copyOf(steps).size() != steps.size()) {
                throw new IllegalArgumentException("steps must not name a step twice, got " + steps);
            }
            steps = List.copyOf(steps);
        }
        if (runId != null && !RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("runId " + RUN_ID_ALLOWED + ", got " + Excerpt.of(runId));
        }
    }

    /** Throws IllegalArgumentException naming the field unless {@code iterations} is within the bound. */
    public static int checkIterations(int iterations) {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations " + ITERATIONS_ALLOWED + ", got " + iterations);
        }
        return iterations;
    }

    /** The event as sent: only the fields that are set, so the function's defaults apply to the rest. */
    public Map<String, Object> toEvent() {
        var event = new LinkedHashMap<String, Object>();
        if (iterations != null) event.put("iterations", iterations);
        if (steps != null) event.put("steps", steps.stream().map(Step::id).toList());
        if (url != null) event.put("url", url);
        if (runId != null) event.put("runId", runId);
        return event;
    }

    /**
     * Reads a decoded JSON event (objects as maps, arrays as lists). Unknown fields are rejected, so a misspelt field
     * never silently runs the defaults. Errors show values only as a short {@link Excerpt}, so a rejection stays small
     * whatever the event's size.
     */
    public static BenchmarkRequest fromEvent(Map<String, Object> event) throws InvalidEventException {
        Map<String, Object> fields = event == null ? Map.of() : event;
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidEventException(
                        Excerpt.name(name),
                        "unknown field; allowed fields are "
                                + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        return new BenchmarkRequest(
                iterations(fields.get("iterations")),
                steps(fields.get("steps")),
                url(fields.get("url")),
                runId(fields.get("runId")));
    }

    private static Integer iterations(Object value) throws InvalidEventException {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)
                || number.doubleValue() != Math.rint(number.doubleValue())
                || number.doubleValue() < MIN_ITERATIONS
                || number.doubleValue() > MAX_ITERATIONS) {
            throw new InvalidEventException("iterations", ITERATIONS_ALLOWED + ", got " + Excerpt.of(value));
        }
        return number.intValue();
    }

    private static List<Step> steps(Object value) throws InvalidEventException {
        if (value == null) {
            return null;
        }
        String allowed = "allowed values: " + String.join(", ", Step.ids());
        if (!(value instanceof Collection<?> names) || names.isEmpty()) {
            throw new InvalidEventException(
                    "steps", "must be a non-empty list of step ids (" + allowed + "), got " + Excerpt.of(value));
        }
        var chosen = EnumSet.noneOf(Step.class);
        for (Object name : names) {
            Step step = name instanceof String id ? Step.fromId(id).orElse(null) : null;
            if (step == null) {
                throw new InvalidEventException("steps", "unknown step " + Excerpt.of(name) + "; " + allowed);
            }
            if (!chosen.add(step)) {
                throw new InvalidEventException("steps", "step '" + step.id() + "' is listed twice");
            }
        }
        // The function's order, whatever order the event listed them in.
        return List.copyOf(chosen);
    }

    private static String url(Object value) throws InvalidEventException {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new InvalidEventException("url", URL_ALLOWED + ", got " + Excerpt.of(value));
    }

    private static String runId(Object value) throws InvalidEventException {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || !RUN_ID.matcher(text).matches()) {
            throw new InvalidEventException("runId", RUN_ID_ALLOWED + ", got " + Excerpt.of(value));
        }
        return text;
    }
}
