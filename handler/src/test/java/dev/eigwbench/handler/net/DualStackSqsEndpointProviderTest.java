package dev.eigwbench.handler.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.endpoints.SqsEndpointParams;
import software.amazon.awssdk.services.sqs.endpoints.SqsEndpointProvider;

class DualStackSqsEndpointProviderTest {
    /** What AWS_ENDPOINT_URL_SQS gives the client in tests and the lab. */
    private static final String OVERRIDE = "http://[::1]:9324";

    private final DualStackSqsEndpointProvider provider = new DualStackSqsEndpointProvider();

    @Test
    void resolveEndpoint_whenNoOverride_usesTheDualStackEndpoint() {
        var params = dualStack().build();

        assertEquals(
                URI.create("https://sqs.us-east-1.api.aws"),
                provider.resolveEndpoint(params).join().url());
    }

    @Test
    void resolveEndpoint_whenOverrideConfigured_goesToTheOverrideInsteadOfFailing() {
        var params = dualStack().endpoint(OVERRIDE).build();

        assertEquals(
                URI.create(OVERRIDE), provider.resolveEndpoint(params).join().url());
    }

    @Test
    void defaultRules_whenDualStackAndOverride_rejectTheCombination() {
        var params = dualStack().endpoint(OVERRIDE).build();

        assertThrows(
                Exception.class,
                () -> SqsEndpointProvider.defaultProvider()
                        .resolveEndpoint(params)
                        .join());
    }

    /** The parameters the handler's SQS client resolves with: dual-stack on. */
    private static SqsEndpointParams.Builder dualStack() {
        return SqsEndpointParams.builder().region(Region.US_EAST_1).useDualStack(true);
    }
}
