package dev.eigwbench.handler.net;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.services.sqs.endpoints.SqsEndpointParams;
import software.amazon.awssdk.services.sqs.endpoints.SqsEndpointProvider;

/**
 * Keeps the SQS client dual-stack when an endpoint override is configured. The SDK's rules reject dual-stack plus
 * a custom endpoint; the usual fix, turning dual-stack off, would make local runs exercise a different client
 * configuration than Lambda. Here the client stays dual-stack: without an override the SDK's own rules pick the
 * dual-stack endpoint; with one, the override stands in for it (as an emulator stands in for the service).
 */
public final class DualStackSqsEndpointProvider implements SqsEndpointProvider {
    private final SqsEndpointProvider rules = SqsEndpointProvider.defaultProvider();

    @Override
    public CompletableFuture<Endpoint> resolveEndpoint(SqsEndpointParams params) {
        SqsEndpointParams dualStack =
                params.toBuilder().useDualStack(true).endpoint(null).build();
        if (params.endpoint() == null) {
            return rules.resolveEndpoint(dualStack);
        }
        return CompletableFuture.completedFuture(
                Endpoint.builder().url(URI.create(params.endpoint())).build());
    }

    /** The endpoint the SDK's rules give a dual-stack client in the region, e.g. https://sqs.us-east-1.api.aws. */
    public URI dualStackEndpoint(String region) {
        return rules.resolveEndpoint(b -> b.region(software.amazon.awssdk.regions.Region.of(region))
                        .useDualStack(true))
                .join()
                .url();
    }
}
