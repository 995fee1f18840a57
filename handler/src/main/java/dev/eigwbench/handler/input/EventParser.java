package dev.eigwbench.handler.input;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.request.BenchmarkRequest;
import dev.eigwbench.common.request.InvalidEventException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the invocation event into a {@link BenchmarkEvent}: {@link BenchmarkRequest} reads and checks the fields
 * (documented there), this fills in the function's defaults and applies its {@link TargetUrl} rules to {@code url}.
 */
public final class EventParser {
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
        BenchmarkRequest request = BenchmarkRequest.fromEvent(event);
        return new BenchmarkEvent(
                request.iterations() == null ? defaultIterations : request.iterations(),
                request.steps() == null ? List.of(Step.values()) : request.steps(),
                url(request.url()),
                request.runId() == null ? UUID.randomUUID().toString() : request.runId());
    }

    private URI url(String text) throws InvalidEventException {
        if (text == null) {
            return defaultUrl;
        }
        try {
            return TargetUrl.parse(text, allowLoopbackUrl);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("url", e.getMessage());
        }
    }
}
