package dev.eigwbench.infra;

import static dev.eigwbench.infra.Resources.getAtt;
import static dev.eigwbench.infra.Resources.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.common.Variant;
import dev.eigwbench.infra.constructs.BenchmarkFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Each role allows exactly the calls the handler makes, plus writing its own logs (and, in the VPC, its ENIs). */
class FunctionPermissionsTest {
    private static final Template TEMPLATE = SynthesizedStack.template();

    @ParameterizedTest
    @EnumSource(Variant.class)
    void role_whenSynthesized_hasNoManagedPolicies(Variant variant) {
        assertEquals(
                null,
                Resources.properties(TEMPLATE, "AWS::IAM::Role", roleLogicalId(variant))
                        .get("ManagedPolicyArns"));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void role_whenSynthesized_isAssumableByLambdaOnly(Variant variant) {
        var trust = (Map<?, ?>) Resources.properties(TEMPLATE, "AWS::IAM::Role", roleLogicalId(variant))
                .get("AssumeRolePolicyDocument");
        assertEquals(
                List.of(Map.of(
                        "Action",
                        "sts:AssumeRole",
                        "Effect",
                        "Allow",
                        "Principal",
                        Map.of("Service", "lambda.amazonaws.com"))),
                trust.get("Statement"));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void role_whenSynthesized_allowsExactlyTheBenchmarksDataCalls(Variant variant) {
        String table = onlyLogicalId("AWS::DynamoDB::GlobalTable");
        String queue = onlyLogicalId("AWS::SQS::Queue");
        String bucket = onlyLogicalId("AWS::S3::Bucket");
        var expected = new TreeMap<String, List<Object>>();
        expected.put("dynamodb:PutItem", List.of(getAtt(table, "Arn")));
        expected.put("dynamodb:Query", List.of(getAtt(table, "Arn")));
        expected.put("sqs:SendMessage", List.of(getAtt(queue, "Arn")));
        expected.put("s3:PutObject", List.of(Map.of("Fn::Join", List.of("", List.of(getAtt(bucket, "Arn"), "/*")))));
        expected.put("s3:ListBucket", List.of(getAtt(bucket, "Arn")));

        var actual = grants(variant);
        actual.keySet().removeIf(action -> action.startsWith("logs:") || action.startsWith("ec2:"));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void role_whenSynthesized_writesOnlyToItsOwnLogGroup(Variant variant) {
        var function = BenchmarkFunctionTest.functionProperties(variant);
        var logGroup = Resources.refTarget(((Map<?, ?>) function.get("LoggingConfig")).get("LogGroup"));
        var logs = new TreeMap<>(grants(variant));
        logs.keySet().removeIf(action -> !action.startsWith("logs:"));
        assertEquals(
                Map.of(
                        "logs:CreateLogStream", List.of(getAtt(logGroup, "Arn")),
                        "logs:PutLogEvents", List.of(getAtt(logGroup, "Arn"))),
                logs);
    }

    @Test
    void vpcRole_whenSynthesized_managesNetworkInterfacesOnly() {
        var ec2 = new TreeMap<>(grants(Variant.VPC));
        ec2.keySet().removeIf(action -> !action.startsWith("ec2:"));
        var expected = new TreeMap<String, List<Object>>();
        BenchmarkFunction.NETWORK_INTERFACE_ACTIONS.forEach(action -> expected.put(action, List.of("*")));
        assertEquals(expected, ec2);
    }

    @Test
    void publicRole_whenSynthesized_hasNoNetworkInterfaceActions() {
        assertEquals(
                List.of(),
                grants(Variant.PUBLIC).keySet().stream()
                        .filter(a -> a.startsWith("ec2:"))
                        .toList());
    }

    /** Action to resources, over every statement of every policy attached to the variant's role. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Object>> grants(Variant variant) {
        var grants = new TreeMap<String, List<Object>>();
        var policies = TEMPLATE.findResources(
                "AWS::IAM::Policy",
                Map.of("Properties", Match.objectLike(Map.of("Roles", List.of(ref(roleLogicalId(variant)))))));
        assertEquals(1, policies.size(), "policies of the " + variant.id() + " role");
        for (var policy : policies.values()) {
            var document = (Map<String, Object>) ((Map<String, Object>) policy.get("Properties")).get("PolicyDocument");
            for (var statement : (List<Map<String, Object>>) document.get("Statement")) {
                assertEquals("Allow", statement.get("Effect"));
                for (Object action : asList(statement.get("Action"))) {
                    grants.computeIfAbsent((String) action, a -> new ArrayList<>())
                            .addAll(asList(statement.get("Resource")));
                }
            }
        }
        return grants;
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : List.of(value);
    }

    private static String roleLogicalId(Variant variant) {
        var role = (Map<?, ?>) BenchmarkFunctionTest.functionProperties(variant).get("Role");
        return (String) ((List<?>) role.get("Fn::GetAtt")).get(0);
    }

    private static String onlyLogicalId(String type) {
        var ids = new TreeSet<>(TEMPLATE.findResources(type).keySet());
        assertEquals(1, ids.size(), type + ": " + ids);
        return ids.first();
    }
}
