package dev.eigwbench.client.readiness;

import dev.eigwbench.client.aws.AwsSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * What today's NAT gateways carry: a VPC's available gateways from EC2 and their processed traffic from CloudWatch,
 * through read-only clients with the Lambda clients' credentials and endpoint and their own bounded timeouts.
 */
final class NatGatewayMetrics {
    private final AwsSettings settings;
    private final String region;

    NatGatewayMetrics(AwsSettings settings, String region) {
        this.settings = settings;
        this.region = region;
    }

    /** The VPC's available NAT gateways; none is an error: there is nothing to price, likely a wrong id or region. */
    List<String> gatewaysOf(String vpcId) {
        List<String> found;
        try (Ec2Client ec2 = configure(Ec2Client.builder())) {
            found = new NatGatewayFinder(ec2).find(vpcId);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("--vpc-id " + vpcId + " has no available NAT gateway in " + region
                    + ": nothing to price (check the id and --region, or pass --nat-gateway-id)");
        }
        if (found.size() > NatTrafficReader.MAX_GATEWAYS) {
            throw new IllegalArgumentException("--vpc-id " + vpcId + " has " + found.size() + " NAT gateways, at most "
                    + NatTrafficReader.MAX_GATEWAYS + " per report: pass up to that many with --nat-gateway-id");
        }
        return found;
    }

    /** Each gateway's traffic over the last {@code days} whole days before {@code now}. */
    List<NatGatewayTraffic> traffic(List<String> gateways, int days, Instant now) {
        try (CloudWatchClient cloudWatch = configure(CloudWatchClient.builder())) {
            return new NatTrafficReader(cloudWatch).read(gateways, days, now);
        }
    }

    /** A note per gateway without a data point in the window: a wrong id or region reads as zero traffic. */
    static List<String> gaps(List<NatGatewayTraffic> traffic, int days) {
        return traffic.stream()
                .filter(t -> t.daysWithData() == 0)
                .map(t -> t.natGatewayId() + " has no data in the last " + days + " days: check the id and that"
                        + " --region is its region")
                .toList();
    }

    private <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C configure(B builder) {
        builder.region(Region.of(region))
                .credentialsProvider(
                        settings.profile() != null
                                ? ProfileCredentialsProvider.create(settings.profile())
                                : DefaultCredentialsProvider.builder().build())
                .httpClientBuilder(Apache5HttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(Duration.ofSeconds(30))
                        .apiCallTimeout(Duration.ofSeconds(30L * settings.maxAttempts() + 30))
                        .build());
        if (settings.endpoint() != null) builder.endpointOverride(settings.endpoint());
        return builder.build();
    }
}
