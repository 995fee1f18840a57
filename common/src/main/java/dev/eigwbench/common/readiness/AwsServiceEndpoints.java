package dev.eigwbench.common.readiness;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * AWS service names a readiness check accepts and the endpoints the SDK resolves for them. With dual-stack enabled,
 * the SDK's generated endpoint rules give {@code https://{prefix}.{region}.{dualStackDnsSuffix}} (partitions.json:
 * {@code api.aws}, in China {@code api.amazonwebservices.com.cn}) for every regional service, except S3, whose rules
 * use {@code s3.dualstack.{region}.{dnsSuffix}}; without it, {@code {prefix}.{region}.{dnsSuffix}}. The client's
 * tests check these against the SDK's own endpoint providers.
 */
public final class AwsServiceEndpoints {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    /** Name the user types -> endpoint prefix. Aliases for names people use for the same service. */
    private static final Map<String, String> PREFIXES = new TreeMap<>(Map.ofEntries(
            Map.entry("acm", "acm"),
            Map.entry("apigateway", "apigateway"),
            Map.entry("appconfigdata", "appconfigdata"),
            Map.entry("athena", "athena"),
            Map.entry("bedrock-runtime", "bedrock-runtime"),
            Map.entry("cloudformation", "cloudformation"),
            Map.entry("cloudwatch", "monitoring"),
            Map.entry("cognito-idp", "cognito-idp"),
            Map.entry("dynamodb", "dynamodb"),
            Map.entry("ec2", "ec2"),
            Map.entry("ecr", "api.ecr"),
            Map.entry("events", "events"),
            Map.entry("firehose", "firehose"),
            Map.entry("glue", "glue"),
            Map.entry("kinesis", "kinesis"),
            Map.entry("kms", "kms"),
            Map.entry("lambda", "lambda"),
            Map.entry("logs", "logs"),
            Map.entry("monitoring", "monitoring"),
            Map.entry("s3", "s3"),
            Map.entry("secretsmanager", "secretsmanager"),
            Map.entry("ses", "email"),
            Map.entry("sns", "sns"),
            Map.entry("sqs", "sqs"),
            Map.entry("ssm", "ssm"),
            Map.entry("states", "states"),
            Map.entry("sts", "sts"),
            Map.entry("xray", "xray")));

    private AwsServiceEndpoints() {}

    public static boolean known(String service) {
        return PREFIXES.containsKey(service);
    }

    /** The accepted names, sorted, for error messages. */
    public static String names() {
        return String.join(", ", PREFIXES.keySet());
    }

    /** S3 and DynamoDB: reachable over IPv4 without NAT through a (free) gateway endpoint. */
    public static boolean hasGatewayEndpoint(String service) {
        return "s3".equals(service) || "dynamodb".equals(service);
    }

    public static boolean validRegion(String region) {
        return region != null && REGION.matcher(region).matches();
    }

    /** The host the SDK calls with dual-stack enabled. */
    public static String dualStackHost(String service, String region) {
        String prefix = prefix(service);
        if (prefix.equals("s3")) {
            return "s3.dualstack." + region + "." + dnsSuffix(region);
        }
        return prefix + "." + region + "." + dualStackDnsSuffix(region);
    }

    /** The host the SDK calls by default (IPv4 only for most services). */
    public static String ipv4Host(String service, String region) {
        return prefix(service) + "." + region + "." + dnsSuffix(region);
    }

    /** The interface endpoint's service name, as in {@code com.amazonaws.us-east-1.sts}. */
    public static String interfaceEndpointName(String service, String region) {
        return "com.amazonaws." + region + "." + prefix(service);
    }

    private static String prefix(String service) {
        return Optional.ofNullable(PREFIXES.get(service))
                .orElseThrow(() -> new IllegalArgumentException("unknown AWS service '" + service + "'"));
    }

    private static String dnsSuffix(String region) {
        return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    }

    private static String dualStackDnsSuffix(String region) {
        return region.startsWith("cn-") ? "api.amazonwebservices.com.cn" : "api.aws";
    }
}
