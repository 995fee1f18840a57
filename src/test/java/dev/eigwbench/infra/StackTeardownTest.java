package dev.eigwbench.infra;

import static dev.eigwbench.infra.Resources.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

/** `cdk destroy` leaves nothing behind: no retained resources, and no log group that Lambda created on its own. */
class StackTeardownTest {
    private static final Template TEMPLATE = SynthesizedStack.template();

    @Test
    void everyResource_whenStackDestroyed_isDeletedNotRetained() {
        var retained = new ArrayList<String>();
        resources().forEach((id, resource) -> {
            Object deletion = resource.getOrDefault("DeletionPolicy", "Delete");
            Object replacement = resource.getOrDefault("UpdateReplacePolicy", "Delete");
            if (!"Delete".equals(deletion) || !"Delete".equals(replacement)) {
                retained.add(id);
            }
        });
        assertEquals(List.of(), retained);
    }

    @Test
    void everyFunction_whenStackDestroyed_hasItsLogGroupDeletedWithIt() {
        var functions = TEMPLATE.findResources("AWS::Lambda::Function");
        var withoutStackLogGroup = new ArrayList<String>();
        functions.forEach((id, function) -> {
            var properties = (Map<?, ?>) function.get("Properties");
            boolean ownLogGroup =
                    properties.get("LoggingConfig") instanceof Map<?, ?> logging && logging.get("LogGroup") != null;
            boolean namedLogGroup = !TEMPLATE.findResources(
                            "AWS::Logs::LogGroup", Map.of("Properties", Map.of("LogGroupName", lambdaLogGroupName(id))))
                    .isEmpty();
            if (!ownLogGroup && !namedLogGroup) {
                withoutStackLogGroup.add(id);
            }
        });
        assertEquals(List.of(), withoutStackLogGroup);
    }

    @Test
    void customResources_whenStackDestroyed_runBeforeTheirProvidersLogGroupGoes() {
        var customResources = new ArrayList<String>();
        resources().forEach((id, resource) -> {
            if (((String) resource.get("Type")).startsWith("Custom::")) {
                customResources.add(id);
            }
        });
        assertEquals(2, customResources.size(), customResources.toString());
        for (String id : customResources) {
            var resource = resources().get(id);
            var serviceToken = (Map<?, ?>) ((Map<?, ?>) resource.get("Properties")).get("ServiceToken");
            String provider = (String) ((List<?>) serviceToken.get("Fn::GetAtt")).get(0);
            String logGroup = Resources.onlyLogicalId(
                    TEMPLATE, "AWS::Logs::LogGroup", Map.of("LogGroupName", lambdaLogGroupName(provider)));
            var dependsOn = (List<?>) resource.getOrDefault("DependsOn", List.of());
            assertTrue(dependsOn.contains(logGroup), id + " depends on " + dependsOn + ", not on " + logGroup);
        }
    }

    private static Map<String, Object> lambdaLogGroupName(String functionLogicalId) {
        return Map.of("Fn::Join", List.of("", List.of("/aws/lambda/", ref(functionLogicalId))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> resources() {
        return (Map<String, Map<String, Object>>) TEMPLATE.toJSON().get("Resources");
    }
}
