package dev.eigwbench.handler.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.endpoints.SqsEndpointParams;
import software.amazon.awssdk.services.sqs.endpoints.SqsEndpointProvider;

class DualStackSqsEndpointProviderTest {
    private final DualStackSqsEndpointProvider provider = new DualStackSqsEndpointProvider();

    @Test
    void resolveEndpoint_whenNoOverride_usesTheDualStackEndpoint() {
        var params = SqsEndpointParams.builder()
                .region(Region.US_EAST_1)
                .useDualStack(true)
                .build();

        assertEquals(
                URI.create("https://sqs.us-east-1.api.aws"),
                provider.resolveEndpoint(params).join().url());
    }

    @Test
    void resolveEndpoint_whenOverrideConfigured_goesToTheOverrideInsteadOfFailing() {
        var params = SqsEndpointParams.builder()
                .region(Region.US_EAST_1)
                .useDualStack(true)
                .endpoint("http://[::1]:9324")
                .build();

        assertEquals(
                URI.create("http://[::1]:9324"),
                provider.resolveEndpoint(params).join().url());
    }

    @Test
    void defaultRules_whenDualStackAndOverride_rejectTheCombination() {
        var params = SqsEndpointParams.builder()
                .region(Region.US_EAST_1)
                .useDualStack(true)
                .endpoint("http://[::1]:9324")
                .build();

        assertThrows(
                Exception.class,
                () -> SqsEndpointProvider.defaultProvider()
                        .resolveEndpoint(params)
                        .join());
    }
}
