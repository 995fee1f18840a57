package dev.eigwbench.handler.input;

import dev.eigwbench.common.Step;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns the invocation event (a JSON object; every field optional) into a {@link BenchmarkEvent}.
 *
 * <ul>
 *   <li>{@code iterations}: calls per step, an integer 1..1000 (default: the function's DEFAULT_ITERATIONS, 100)
 *   <li>{@code steps}: step ids to run, e.g. {@code ["dynamodb-put","dynamodb-query"]} (default: all six; they
 *       always run in the function's order; dynamodb-query reads back what dynamodb-put wrote in this run)
 *   <li>{@code url}: an absolute http or https URL for http-get (default: the function's FETCH_URL); see {@link
 *       TargetUrl} for what is refused
 *   <li>{@code runId}: 1..64 of {@code A-Z a-z 0-9 - _}, names the run's DynamoDB partition and S3 prefix
 *       (default: a random UUID); reuse one only on purpose, since writes accumulate under it
 * </ul>
 *
 * Unknown fields are rejected, so a misspelt field never silently runs the defaults. Errors show values only as a
 * short {@link Excerpt}, so the response stays small whatever the event's size.
 */
public final class EventParser {
    public static final int MIN_ITERATIONS = 1;
    public static final int MAX_ITERATIONS = 1000;
    public static final Set<String> FIELDS = Set.of("iterations", "steps", "url", "runId");
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final int defaultIterations;
    private final URI defaultUrl;
    private final boolean allowLoopbackUrl;

    public EventParser(int defaultIterations, URI defaultUrl) {
        this(defaultIterations, defaultUrl, false);
    }

    /** @param allowLoopbackUrl whether {@code url} may name a loopback address (local tests and lab only) */
    public EventParser(int defaultIterations, URI defaultUrl, boolean allowLoopbackUrl) {
        this.defaultIterations = defaultIterations;
        this.defaultUrl = defaultUrl;
        this.allowLoopbackUrl = allowLoopbackUrl;
    }

    public BenchmarkEvent parse(Map<String, Object> event) throws InvalidEventException {
        Map<String, Object> fields = event == null ? Map.of() : event;
        for (String name : fields.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidEventException(
                        Excerpt.name(name),
                        "unknown field; allowed fields are "
                                + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        return new BenchmarkEvent(
                iterations(fields.get("iterations")),
                steps(fields.get("steps")),
                url(fields.get("url")),
                runId(fields.get("runId")));
    }

    private int iterations(Object value) throws InvalidEventException {
        if (value == null) {
            return defaultIterations;
        }
        String allowed = "must be a whole number from " + MIN_ITERATIONS + " to " + MAX_ITERATIONS;
        if (!(value instanceof Number number)
                || number.doubleValue() != Math.rint(number.doubleValue())
                || number.doubleValue() < MIN_ITERATIONS
                || number.doubleValue() > MAX_ITERATIONS) {
            throw new InvalidEventException("iterations", allowed + ", got " + describe(value));
        }
        return number.intValue();
    }

    private static List<Step> steps(Object value) throws InvalidEventException {
        String allowed = "allowed values: " + String.join(", ", Step.ids());
        if (value == null) {
            return List.of(Step.values());
        }
        if (!(value instanceof Collection<?> names) || names.isEmpty()) {
            throw new InvalidEventException(
                    "steps", "must be a non-empty list of step ids (" + allowed + "), got " + describe(value));
        }
        var chosen = EnumSet.noneOf(Step.class);
        for (Object name : names) {
            Step step = name instanceof String id ? Step.fromId(id).orElse(null) : null;
            if (step == null) {
                throw new InvalidEventException("steps", "unknown step " + describe(name) + "; " + allowed);
            }
            if (!chosen.add(step)) {
                throw new InvalidEventException("steps", "step '" + step.id() + "' is listed twice");
            }
        }
        return new ArrayList<>(chosen);
    }

    private URI url(Object value) throws InvalidEventException {
        if (value == null) {
            return defaultUrl;
        }
        if (!(value instanceof String text)) {
            throw new InvalidEventException("url", TargetUrl.ALLOWED + ", got " + describe(value));
        }
        try {
            return TargetUrl.parse(text, allowLoopbackUrl);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("url", e.getMessage());
        }
    }

    private static String runId(Object value) throws InvalidEventException {
        if (value == null) {
            return UUID.randomUUID().toString();
        }
        if (!(value instanceof String text) || !RUN_ID.matcher(text).matches()) {
            throw new InvalidEventException(
                    "runId", "must be 1 to 64 characters of A-Z, a-z, 0-9, '-' or '_', got " + describe(value));
        }
        return text;
    }

    private static String describe(Object value) {
        return Excerpt.of(value);
    }
}
