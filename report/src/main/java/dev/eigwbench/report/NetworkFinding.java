package dev.eigwbench.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eigwbench.common.Variant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A step whose connection cost time or failed, grouped over the runs it happened in: the blog's failure (an IPv4
 * connect into a black hole, waited out before IPv6 answered) is what readers must see first.
 *
 * @param kind what happened
 * @param variant which function
 * @param step step id, e.g. "sqs-send"
 * @param runs 1-based run numbers (within the variant) where it happened
 * @param outOf runs of the variant that ran this step
 * @param firstCallMs median first-call time over those runs
 * @param timeLostMs median of (first call − the step's other calls' median) over those runs: the time the
 *     connection cost beyond a normal call
 * @param triedFirst the address tried first (the first resolved), or null
 * @param connected the address that answered, or null
 * @param cause why, in plain words: for {@link Kind#ERRORS} a sample error ("3 of 100 calls; SdkClientException:
 *     connect timed out"), for a timeout on IPv4 before IPv6 the blog's fix
 */
public record NetworkFinding(
        Kind kind,
        Variant variant,
        String step,
        List<Integer> runs,
        int outOf,
        double firstCallMs,
        double timeLostMs,
        String triedFirst,
        String connected,
        String cause) {
    public enum Kind {
        /** The first call waited out a connect timeout on the first address before another answered. */
        CONNECT_TIMEOUT,
        /** The calls fell back to another address after losing noticeable time. */
        SLOW_FALLBACK,
        /** Calls failed. */
        ERRORS
    }

    public NetworkFinding {
        if (kind == null || variant == null || step == null) {
            throw new IllegalArgumentException("kind, variant and step are required");
        }
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    /** One sentence: step, time lost, cause. */
    @JsonProperty("text")
    public String text() {
        String where = variant.id() + " " + step + ", " + runsText() + ": ";
        return switch (kind) {
            case CONNECT_TIMEOUT ->
                where
                        + String.format(
                                Locale.ROOT,
                                "the first call took %.0f ms, about %.0f ms lost waiting out the connect timeout: it tried"
                                        + " %s first, which never answered, before %s did (%s).",
                                firstCallMs,
                                timeLostMs,
                                triedFirst,
                                connected,
                                cause);
            case SLOW_FALLBACK ->
                where
                        + String.format(
                                Locale.ROOT,
                                "the first call took %.0f ms, about %.0f ms lost falling back from %s to %s (%s).",
                                firstCallMs,
                                timeLostMs,
                                triedFirst,
                                connected,
                                cause);
            case ERRORS -> where + "calls failed (" + cause + ").";
        };
    }

    private String runsText() {
        String list = runs.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return (runs.size() == 1 ? "run " : "runs ") + list + " of " + outOf;
    }
}
