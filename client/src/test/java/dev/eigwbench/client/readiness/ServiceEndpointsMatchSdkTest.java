package dev.eigwbench.client.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.common.readiness.AwsServiceEndpoints;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.endpoints.CloudFormationEndpointProvider;
import software.amazon.awssdk.services.cloudwatch.endpoints.CloudWatchEndpointProvider;
import software.amazon.awssdk.services.lambda.endpoints.LambdaEndpointProvider;

/** The host names the readiness probe dials are the ones the SDK's own endpoint rules give, dual-stack and not. */
class ServiceEndpointsMatchSdkTest {
    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-west-1", "ap-southeast-2", "cn-north-1"})
    void dualStackHost_whenRegion_matchesTheSdksRules(String region) throws Exception {
        Region r = Region.of(region);
        assertEquals(
                host(LambdaEndpointProvider.defaultProvider()
                        .resolveEndpoint(p -> p.region(r).useDualStack(true))),
                AwsServiceEndpoints.dualStackHost("lambda", region));
        assertEquals(
                host(CloudWatchEndpointProvider.defaultProvider()
                        .resolveEndpoint(p -> p.region(r).useDualStack(true))),
                AwsServiceEndpoints.dualStackHost("cloudwatch", region));
        assertEquals(
                host(CloudFormationEndpointProvider.defaultProvider()
                        .resolveEndpoint(p -> p.region(r).useDualStack(true))),
                AwsServiceEndpoints.dualStackHost("cloudformation", region));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-west-1", "cn-north-1"})
    void ipv4Host_whenRegion_matchesTheSdksDefault(String region) throws Exception {
        Region r = Region.of(region);
        assertEquals(
                host(LambdaEndpointProvider.defaultProvider().resolveEndpoint(p -> p.region(r))),
                AwsServiceEndpoints.ipv4Host("lambda", region));
    }

    /** The host of the endpoint the SDK's rules resolved. */
    private static String host(CompletableFuture<Endpoint> resolved) throws Exception {
        return resolved.get().url().getHost();
    }
}
