package dev.eigwbench.client.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.common.readiness.AwsServiceEndpoints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
                LambdaEndpointProvider.defaultProvider()
                        .resolveEndpoint(p -> p.region(r).useDualStack(true))
                        .get()
                        .url()
                        .getHost(),
                AwsServiceEndpoints.dualStackHost("lambda", region));
        assertEquals(
                CloudWatchEndpointProvider.defaultProvider()
                        .resolveEndpoint(p -> p.region(r).useDualStack(true))
                        .get()
                        .url()
                        .getHost(),
                AwsServiceEndpoints.dualStackHost("cloudwatch", region));
        assertEquals(
                CloudFormationEndpointProvider.defaultProvider()
                        .resolveEndpoint(p -> p.region(r).useDualStack(true))
                        .get()
                        .url()
                        .getHost(),
                AwsServiceEndpoints.dualStackHost("cloudformation", region));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-east-1", "eu-west-1", "cn-north-1"})
    void ipv4Host_whenRegion_matchesTheSdksDefault(String region) throws Exception {
        Region r = Region.of(region);
        assertEquals(
                LambdaEndpointProvider.defaultProvider()
                        .resolveEndpoint(p -> p.region(r))
                        .get()
                        .url()
                        .getHost(),
                AwsServiceEndpoints.ipv4Host("lambda", region));
    }
}
