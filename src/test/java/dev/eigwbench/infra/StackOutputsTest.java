package dev.eigwbench.infra;

import static dev.eigwbench.infra.Resources.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.Variant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** What a client needs after deploy, under keys the compare client reads. */
class StackOutputsTest {
    private static final Template TEMPLATE = SynthesizedStack.template();

    @Test
    void outputs_whenSynthesized_areExactlyTheDocumentedKeys() {
        assertEquals(
                new TreeSet<>(List.of(
                        StackOutputs.VPC_FUNCTION_NAME,
                        StackOutputs.PUBLIC_FUNCTION_NAME,
                        StackOutputs.VPC_FUNCTION_ALIAS_ARN,
                        StackOutputs.PUBLIC_FUNCTION_ALIAS_ARN,
                        StackOutputs.TABLE_NAME,
                        StackOutputs.QUEUE_URL,
                        StackOutputs.BUCKET_NAME,
                        StackOutputs.DASHBOARD_URL)),
                new TreeSet<>(TEMPLATE.findOutputs("*").keySet()));
    }

    @Test
    void functionNameOutputs_whenSynthesized_nameEachVariantsFunction() {
        assertOutput(StackOutputs.VPC_FUNCTION_NAME, ref(BenchmarkFunctionTest.functionLogicalId(Variant.VPC)));
        assertOutput(StackOutputs.PUBLIC_FUNCTION_NAME, ref(BenchmarkFunctionTest.functionLogicalId(Variant.PUBLIC)));
    }

    @Test
    void aliasArnOutputs_whenSynthesized_pointAtEachVariantsLiveAlias() {
        assertOutput(StackOutputs.VPC_FUNCTION_ALIAS_ARN, ref(aliasOf(Variant.VPC)));
        assertOutput(StackOutputs.PUBLIC_FUNCTION_ALIAS_ARN, ref(aliasOf(Variant.PUBLIC)));
    }

    @Test
    void dataOutputs_whenSynthesized_nameTheTableQueueAndBucket() {
        assertOutput(StackOutputs.TABLE_NAME, ref(only("AWS::DynamoDB::GlobalTable")));
        assertOutput(StackOutputs.QUEUE_URL, ref(only("AWS::SQS::Queue")));
        assertOutput(StackOutputs.BUCKET_NAME, ref(only("AWS::S3::Bucket")));
    }

    @Test
    void dashboardUrlOutput_whenSynthesized_linksTheDashboardInTheStacksRegion() {
        assertOutput(
                StackOutputs.DASHBOARD_URL,
                Map.of(
                        "Fn::Join",
                        List.of(
                                "",
                                List.of(
                                        "https://console.aws.amazon.com/cloudwatch/home?region=",
                                        ref("AWS::Region"),
                                        "#dashboards:name=",
                                        ref(only("AWS::CloudWatch::Dashboard"))))));
    }

    private static void assertOutput(String key, Object value) {
        TEMPLATE.hasOutput(key, Map.of("Value", value));
    }

    private static String aliasOf(Variant variant) {
        return Resources.onlyLogicalId(
                TEMPLATE,
                "AWS::Lambda::Alias",
                Map.of("FunctionName", ref(BenchmarkFunctionTest.functionLogicalId(variant)), "Name", "live"));
    }

    private static String only(String type) {
        var ids = TEMPLATE.findResources(type).keySet();
        assertEquals(1, ids.size(), type + ": " + ids);
        return ids.iterator().next();
    }
}
