package dev.eigwbench.infra.github;

import static dev.eigwbench.infra.github.DeployRoleGrants.functionArn;
import static dev.eigwbench.infra.github.DeployRoleGrants.grants;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.infra.BenchmarkConfig;
import dev.eigwbench.infra.BenchmarkFunctionNames;
import dev.eigwbench.infra.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

/**
 * The deploy role may call exactly the functions the benchmark stack creates: the names CloudFormation gives them
 * (modelled by {@link CloudFormationNaming}) are checked against the role's grant the way IAM matches resources.
 */
class DeployRoleFunctionGrantTest {
    private static final int LAMBDA_MAX = BenchmarkFunctionNames.MAX_FUNCTION_NAME_LENGTH;
    private static final Pattern LAMBDA_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** The grant before explicit names: a stack-name prefix. */
    private static final String OLD_GRANT = functionArn(BenchmarkConfig.DEFAULT_STACK_NAME + "-*", null);

    static Stream<String> stackNames() {
        String longest = "L" + "o".repeat(BenchmarkFunctionNames.MAX_STACK_NAME_LENGTH - 2) + "g";
        return Stream.of(BenchmarkConfig.DEFAULT_STACK_NAME, longest);
    }

    @ParameterizedTest
    @MethodSource("stackNames")
    void grant_forDefaultAndLongestStackName_coversTheFunctionsCloudFormationCreates(String stackName) {
        var templates = synth(stackName);
        var functions = DeployRoleGrants.benchmarkFunctions(templates.benchmark());
        var grant = DeployRoleGrants.functionGrants(templates.deploy());
        assertEquals(2, functions.size(), functions.toString());
        for (CloudFormationNaming naming : CloudFormationNaming.OBSERVED) {
            functions.forEach((logicalId, explicitName) -> {
                assertNotNull(explicitName, logicalId + " is named by the template, not by CloudFormation");
                String name = naming.physicalName(stackName, logicalId, explicitName, LAMBDA_MAX);
                assertTrue(LAMBDA_NAME.matcher(name).matches(), "a valid Lambda function name: " + name);
                for (String qualifier : new String[] {null, "live", "12"}) {
                    String arn = functionArn(name, qualifier);
                    assertTrue(grants(grant, arn), arn + " is granted by " + grant);
                }
            });
        }
    }

    @ParameterizedTest
    @MethodSource("stackNames")
    void grant_forDefaultAndLongestStackName_isExactlyTheFunctionsAndTheirQualifiers(String stackName) {
        var templates = synth(stackName);
        Set<String> expected = new TreeSet<>();
        DeployRoleGrants.benchmarkFunctions(templates.benchmark()).values().forEach(name -> {
            expected.add(functionArn(name, null));
            expected.add(functionArn(name, "*"));
        });
        assertEquals(expected, new TreeSet<>(DeployRoleGrants.functionGrants(templates.deploy())));
    }

    @ParameterizedTest
    @MethodSource("stackNames")
    void grant_forDefaultAndLongestStackName_missesOtherFunctions(String stackName) {
        var templates = synth(stackName);
        var grant = DeployRoleGrants.functionGrants(templates.deploy());
        var benchmark =
                DeployRoleGrants.benchmarkFunctions(templates.benchmark()).keySet();
        var others = DeployRoleGrants.allFunctionLogicalIds(templates.benchmark()).stream()
                .filter(id -> !benchmark.contains(id))
                .toList();
        assertFalse(others.isEmpty(), "the stack holds CDK's own handler functions too");
        for (CloudFormationNaming naming : CloudFormationNaming.OBSERVED) {
            for (String id : others) {
                String arn = functionArn(naming.generated(stackName, id, LAMBDA_MAX), null);
                assertFalse(grants(grant, arn), arn + " is not a benchmark function");
            }
        }
        for (String neighbour : List.of(stackName + "-vpc2", stackName + "-public-x", "Other-vpc")) {
            assertFalse(grants(grant, functionArn(neighbour, null)), neighbour);
        }
    }

    @Test
    void oldStackPrefixGrant_withGeneratedNamesForTheDefaultStack_missesBothFunctions() {
        String stackName = BenchmarkConfig.DEFAULT_STACK_NAME;
        var logicalIds = DeployRoleGrants.benchmarkFunctions(synth(stackName).benchmark())
                .keySet();
        assertEquals(2, logicalIds.size());
        for (CloudFormationNaming naming : CloudFormationNaming.OBSERVED) {
            for (String logicalId : logicalIds) {
                String generated = naming.generated(stackName, logicalId, LAMBDA_MAX);
                assertEquals(LAMBDA_MAX, generated.length(), generated);
                assertTrue(generated.startsWith("EgressOnlyInternetGateway-"), "stack part cut to 25: " + generated);
                assertFalse(grants(List.of(OLD_GRANT), functionArn(generated, "live")), generated);
            }
        }
    }

    @Test
    void synth_whenStackNameMakesAFunctionNameTooLong_failsNamingStackName() {
        String tooLong = "T".repeat(BenchmarkFunctionNames.MAX_STACK_NAME_LENGTH + 1);
        var error = assertThrows(
                ConfigurationException.class,
                () -> GitHubDeployAppTest.synth(Map.of("githubRepository", "octo/eigw-bench", "stackName", tooLong)));
        assertTrue(error.getMessage().startsWith("Invalid CDK context 'stackName'"), error.getMessage());
        assertTrue(error.getMessage().contains(tooLong + "-public"), error.getMessage());
        assertTrue(error.getMessage().contains("64"), error.getMessage());
    }

    private record Templates(Map<String, Object> benchmark, Map<String, Object> deploy) {}

    /** Each stack name synthesized once for the whole class. */
    private static final Map<String, Templates> SYNTHESIZED = new ConcurrentHashMap<>();

    private static Templates synth(String stackName) {
        return SYNTHESIZED.computeIfAbsent(stackName, DeployRoleFunctionGrantTest::synthesize);
    }

    @SuppressWarnings("unchecked")
    private static Templates synthesize(String stackName) {
        List<CloudFormationStackArtifact> stacks;
        try {
            stacks = GitHubDeployAppTest.synth(Map.of("githubRepository", "octo/eigw-bench", "stackName", stackName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> benchmark = null;
        Map<String, Object> deploy = null;
        for (CloudFormationStackArtifact stack : stacks) {
            var template = (Map<String, Object>) stack.getTemplate();
            if (stack.getStackName().equals(GitHubDeployStack.STACK_ID)) {
                deploy = template;
            } else {
                benchmark = template;
            }
        }
        return new Templates(benchmark, deploy);
    }
}
