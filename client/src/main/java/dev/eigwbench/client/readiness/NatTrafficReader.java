package dev.eigwbench.client.readiness;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/**
 * Reads NAT gateways' processed bytes from CloudWatch with GetMetricData (read-only; one call, paginated): daily sums
 * of {@code AWS/NATGateway} BytesInFromSource and BytesInFromDestination per gateway.
 */
final class NatTrafficReader {
    static final String NAMESPACE = "AWS/NATGateway";
    static final List<String> METRICS = List.of("BytesInFromSource", "BytesInFromDestination");
    static final int MAX_GATEWAYS = 50;
    private static final Pattern NAT_ID = Pattern.compile("nat-[0-9a-f]{8,17}");
    private static final int DAY_SECONDS = 86_400;

    private final CloudWatchClient cloudWatch;

    NatTrafficReader(CloudWatchClient cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    /** Checks ids before any call: "nat-" and 8 or 17 hex digits. */
    static void validate(List<String> ids) {
        if (ids.size() > MAX_GATEWAYS) {
            throw new IllegalArgumentException(
                    "--nat-gateway-id: " + ids.size() + " gateways, at most " + MAX_GATEWAYS + " per report");
        }
        var seen = new HashSet<String>();
        for (String id : ids) {
            if (!NAT_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("--nat-gateway-id '" + id + "' is not a NAT gateway id (e.g."
                        + " nat-0123456789abcdef0; `aws ec2 describe-nat-gateways` lists them)");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("--nat-gateway-id '" + id + "' is listed twice");
            }
        }
    }

    /** The last {@code days} whole days (UTC) up to today's midnight, per gateway. */
    List<NatGatewayTraffic> read(List<String> ids, int days, Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.DAYS);
        Instant start = end.minus(Duration.ofDays(days));
        var queries = new ArrayList<MetricDataQuery>();
        for (int g = 0; g < ids.size(); g++) {
            for (int m = 0; m < METRICS.size(); m++) {
                queries.add(query("g" + g + "m" + m, ids.get(g), METRICS.get(m)));
            }
        }
        var request = GetMetricDataRequest.builder()
                .metricDataQueries(queries)
                .startTime(start)
                .endTime(end)
                .build();
        Map<String, Double> sums = new HashMap<>();
        Map<Integer, Set<Instant>> daysSeen = new HashMap<>();
        for (MetricDataResult result :
                cloudWatch.getMetricDataPaginator(request).metricDataResults()) {
            double sum =
                    result.values().stream().mapToDouble(Double::doubleValue).sum();
            sums.merge(result.id(), sum, Double::sum);
            int gateway = Integer.parseInt(result.id().substring(1, result.id().indexOf('m')));
            daysSeen.computeIfAbsent(gateway, k -> new HashSet<>()).addAll(result.timestamps());
        }
        var traffic = new ArrayList<NatGatewayTraffic>();
        for (int g = 0; g < ids.size(); g++) {
            double bytes = 0;
            for (int m = 0; m < METRICS.size(); m++) {
                bytes += sums.getOrDefault("g" + g + "m" + m, 0d);
            }
            traffic.add(new NatGatewayTraffic(
                    ids.get(g), bytes, daysSeen.getOrDefault(g, Set.of()).size()));
        }
        return traffic;
    }

    private static MetricDataQuery query(String id, String natGatewayId, String metric) {
        return MetricDataQuery.builder()
                .id(id)
                .returnData(true)
                .metricStat(MetricStat.builder()
                        .metric(Metric.builder()
                                .namespace(NAMESPACE)
                                .metricName(metric)
                                .dimensions(Dimension.builder()
                                        .name("NatGatewayId")
                                        .value(natGatewayId)
                                        .build())
                                .build())
                        .period(DAY_SECONDS)
                        .stat("Sum")
                        .build())
                .build();
    }
}
