package dev.eigwbench.infra;

import static dev.eigwbench.infra.Resources.getAtt;
import static dev.eigwbench.infra.Resources.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.common.Variant;
import dev.eigwbench.infra.constructs.BenchmarkFunction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The two functions: the same in every setting but their variant and VPC placement. */
class BenchmarkFunctionTest {
    private static final Template TEMPLATE = SynthesizedStack.template();

    @Test
    void functions_whenSynthesized_twoRunTheBenchmarkHandler() {
        assertEquals(2, benchmarkFunctions().size());
    }

    @Test
    void functions_whenSynthesized_runJavaOnArm64WithTheSeedsMemory() {
        assertBothFunctionsHave(Map.of(
                "Runtime", BenchmarkConfig.DEFAULT_RUNTIME,
                "Architectures", List.of("arm64"),
                "MemorySize", FunctionSettings.MEMORY_MB,
                "Timeout", BenchmarkConfig.DEFAULT_TIMEOUT_SECONDS));
    }

    @Test
    void functions_whenSynthesized_identicalExceptVariantAndVpcPlacement() {
        var vpc = comparable(functionProperties(Variant.VPC));
        var outside = comparable(functionProperties(Variant.PUBLIC));
        assertEquals(vpc, outside);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void environment_whenSynthesized_isFunctionSettingsWithTheStacksResources(Variant variant) {
        var expected = new HashMap<String, Object>(FunctionSettings.environment(
                variant,
                "table",
                "queue",
                "bucket",
                FunctionSettings.DEFAULT_FETCH_URL,
                FunctionSettings.DEFAULT_ITERATIONS));
        expected.put(FunctionSettings.ENV_TABLE_NAME, ref(logicalId("AWS::DynamoDB::GlobalTable")));
        expected.put(FunctionSettings.ENV_QUEUE_URL, ref(logicalId("AWS::SQS::Queue")));
        expected.put(FunctionSettings.ENV_BUCKET_NAME, ref(logicalId("AWS::S3::Bucket")));
        assertEquals(Map.of("Variables", expected), functionProperties(variant).get("Environment"));
    }

    @Test
    void javaToolOptions_whenSynthesized_preferIpv6Addresses() {
        var options = new Capture();
        assertBothFunctionsHave(Map.of(
                "Environment",
                Map.of("Variables", Match.objectLike(Map.of(FunctionSettings.ENV_JAVA_TOOL_OPTIONS, options)))));
        do {
            assertTrue(
                    List.of(options.asString().split(" ")).contains("-Djava.net.preferIPv6Addresses=true"),
                    options.asString());
        } while (options.next());
    }

    @Test
    void execWrapper_whenSynthesized_isTheWrapperShippedInThePackage() {
        assertBothFunctionsHave(Map.of(
                "Environment",
                Map.of(
                        "Variables",
                        Match.objectLike(
                                Map.of(FunctionSettings.ENV_EXEC_WRAPPER, "/var/task/bin/prefer-ipv6-wrapper")))));
    }

    @Test
    void log4ShellPatch_whenSynthesized_isSkippedByTheVariableLambdaDocuments() {
        // Spelled out here, not through the constant: a typo in the name would silently keep the patch.
        assertBothFunctionsHave(Map.of(
                "Environment",
                Map.of("Variables", Match.objectLike(Map.of("AWS_LAMBDA_DISABLE_CVE_2021_44228_PROTECTION", "true")))));
    }

    @Test
    void code_whenSynthesized_isOneZipAssetForBoth() {
        var keys = benchmarkFunctions().values().stream()
                .map(p -> ((Map<?, ?>) p.get("Code")).get("S3Key"))
                .collect(Collectors.toSet());
        assertEquals(1, keys.size(), keys.toString());
        assertTrue(keys.iterator().next().toString().matches("[0-9a-f]{64}\\.zip"), keys.toString());
    }

    @Test
    void vpcFunction_whenSynthesized_runsInThePrivateSubnetsWithIpv6Allowed() {
        var vpcConfig = (Map<?, ?>) functionProperties(Variant.VPC).get("VpcConfig");
        assertEquals(true, vpcConfig.get("Ipv6AllowedForDualStack"));
        Set<String> subnets = ((List<?>) vpcConfig.get("SubnetIds"))
                .stream().map(Resources::refTarget).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Resources.subnets(TEMPLATE, "Private")), subnets);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void functionName_whenSynthesized_isTheStackNameAndVariant(Variant variant) {
        assertEquals(
                BenchmarkConfig.DEFAULT_STACK_NAME + "-" + variant.id(),
                functionProperties(variant).get("FunctionName"));
    }

    @Test
    void publicFunction_whenSynthesized_isOutsideAnyVpc() {
        assertEquals(null, functionProperties(Variant.PUBLIC).get("VpcConfig"));
    }

    @Test
    void securityGroup_whenSynthesized_allowsAllIpv6EgressAndNoIngress() {
        TEMPLATE.resourceCountIs("AWS::EC2::SecurityGroup", 1);
        TEMPLATE.hasResourceProperties(
                "AWS::EC2::SecurityGroup",
                Map.of(
                        "SecurityGroupEgress",
                        Match.arrayWith(List.of(Match.objectLike(Map.of("CidrIpv6", "::/0", "IpProtocol", "-1")))),
                        "SecurityGroupIngress",
                        Match.absent()));
        TEMPLATE.resourceCountIs("AWS::EC2::SecurityGroupIngress", 0);
    }

    @Test
    void securityGroup_whenSynthesized_isTheVpcFunctions() {
        var groups = (List<?>) ((Map<?, ?>) functionProperties(Variant.VPC).get("VpcConfig")).get("SecurityGroupIds");
        assertEquals(List.of(getAtt(logicalId("AWS::EC2::SecurityGroup"), "GroupId")), groups);
    }

    @Test
    void functions_whenSynthesized_snapStartPublishedVersions() {
        assertBothFunctionsHave(Map.of("SnapStart", Map.of("ApplyOn", "PublishedVersions")));
    }

    @Test
    void functions_whenSnapStartOff_haveNoSnapStartButStillAPublishedLiveAlias() {
        var app = SynthesizedStack.app(Map.of(BenchmarkConfig.KEY_SNAP_START, "false"));
        var template = Template.fromStack(
                EigwBenchApp.build(app, SynthesizedStack.agnosticEnvironment(), SynthesizedStack.ROOT.path()));

        var functions = template.findResources(
                "AWS::Lambda::Function", Map.of("Properties", Map.of("Handler", FunctionSettings.HANDLER)));
        assertEquals(2, functions.size());
        functions.forEach(
                (id, resource) -> assertFalse(((Map<?, ?>) resource.get("Properties")).containsKey("SnapStart"), id));
        template.resourceCountIs("AWS::Lambda::Version", 2);
        template.resourcePropertiesCountIs("AWS::Lambda::Alias", Map.of("Name", BenchmarkFunction.ALIAS_NAME), 2);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void liveAlias_whenSynthesized_pointsAtAPublishedVersionOfTheFunction(Variant variant) {
        String function = functionLogicalId(variant);
        String version =
                Resources.onlyLogicalId(TEMPLATE, "AWS::Lambda::Version", Map.of("FunctionName", ref(function)));
        TEMPLATE.hasResourceProperties(
                "AWS::Lambda::Alias",
                Map.of("FunctionName", ref(function), "FunctionVersion", getAtt(version, "Version"), "Name", "live"));
    }

    @Test
    void versions_whenReplaced_areDeletedNotRetained() {
        TEMPLATE.resourceCountIs("AWS::Lambda::Version", 2);
        TEMPLATE.allResources(
                "AWS::Lambda::Version", Map.of("DeletionPolicy", "Delete", "UpdateReplacePolicy", "Delete"));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void logGroup_whenSynthesized_isTheFunctionsOwnWithRetention(Variant variant) {
        var logGroup = (Map<?, ?>) ((Map<?, ?>) functionProperties(variant).get("LoggingConfig")).get("LogGroup");
        var properties = Resources.properties(TEMPLATE, "AWS::Logs::LogGroup", Resources.refTarget(logGroup));
        assertEquals(BenchmarkConfig.DEFAULT_LOG_RETENTION_DAYS, properties.get("RetentionInDays"));
    }

    @Test
    void logGroups_whenSynthesized_onePerFunction() {
        var logGroups = benchmarkFunctions().values().stream()
                .map(p -> ((Map<?, ?>) p.get("LoggingConfig")).get("LogGroup"))
                .collect(Collectors.toSet());
        assertEquals(2, logGroups.size(), logGroups.toString());
    }

    /** Both benchmark functions (not CDK's custom-resource handlers) have {@code properties}. */
    private static void assertBothFunctionsHave(Map<String, Object> properties) {
        var expected = new HashMap<>(properties);
        expected.put("Handler", FunctionSettings.HANDLER);
        var matching =
                TEMPLATE.findResources("AWS::Lambda::Function", Map.of("Properties", Match.objectLike(expected)));
        assertEquals(benchmarkFunctions().keySet(), matching.keySet(), "functions with " + properties);
    }

    /** Properties without what may differ: variant, VPC placement, and the per-function name, role, logs and text. */
    private static Map<String, Object> comparable(Map<String, Object> properties) {
        var copy = new HashMap<>(properties);
        copy.remove("FunctionName");
        copy.remove("VpcConfig");
        copy.remove("Role");
        copy.remove("LoggingConfig");
        copy.remove("Description");
        @SuppressWarnings("unchecked")
        var variables = new HashMap<>((Map<String, Object>) ((Map<?, ?>) copy.get("Environment")).get("Variables"));
        variables.remove(FunctionSettings.ENV_VARIANT);
        copy.put("Environment", Map.of("Variables", variables));
        return copy;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> benchmarkFunctions() {
        var found = new HashMap<String, Map<String, Object>>();
        TEMPLATE.findResources(
                        "AWS::Lambda::Function", Map.of("Properties", Map.of("Handler", FunctionSettings.HANDLER)))
                .forEach((id, resource) -> found.put(id, (Map<String, Object>) resource.get("Properties")));
        return found;
    }

    static String functionLogicalId(Variant variant) {
        return Resources.onlyLogicalId(
                TEMPLATE,
                "AWS::Lambda::Function",
                Map.of(
                        "Environment",
                        Map.of("Variables", Match.objectLike(Map.of(FunctionSettings.ENV_VARIANT, variant.id())))));
    }

    static Map<String, Object> functionProperties(Variant variant) {
        return benchmarkFunctions().get(functionLogicalId(variant));
    }

    private static String logicalId(String type) {
        var ids = TEMPLATE.findResources(type).keySet();
        assertEquals(1, ids.size(), type + ": " + ids);
        return ids.iterator().next();
    }
}
