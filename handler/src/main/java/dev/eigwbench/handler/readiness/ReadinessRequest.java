package dev.eigwbench.handler.readiness;

import dev.eigwbench.common.readiness.DestinationSpec;
import java.time.Duration;
import java.util.List;

/**
 * A parsed readiness event.
 *
 * @param destinations what to check, in the order given
 * @param connectTimeout bound on each TCP connect (and on DNS, TLS and the GET's answer)
 */
public record ReadinessRequest(List<DestinationSpec> destinations, Duration connectTimeout) {
    public ReadinessRequest {
        destinations = List.copyOf(destinations);
    }
}
