package dev.eigwbench.infra.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.infra.ConfigurationException;
import dev.eigwbench.infra.EigwBenchApp;
import dev.eigwbench.infra.ProjectRoot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

/** The app adds the GitHub deploy stack only when asked, so `cdk synth`/`cdk deploy` keep seeing one stack. */
class GitHubDeployAppTest {

    @Test
    void build_withoutGithubRepository_synthesizesOnlyTheBenchmarkStack() throws IOException {
        assertEquals(List.of("EgressOnlyInternetGatewayTest"), stackNames(synth(Map.of())));
    }

    @Test
    void build_withGithubRepository_addsTheDeployStackForThatBenchmarkStack() throws IOException {
        var stacks = synth(Map.of("githubRepository", "octo/eigw-bench", "stackName", "MyBench"));
        assertEquals(Set.of("MyBench", GitHubDeployStack.STACK_ID), Set.copyOf(stackNames(stacks)));
        String template = stacks.stream()
                .filter(stack -> stack.getStackName().equals(GitHubDeployStack.STACK_ID))
                .findFirst()
                .orElseThrow()
                .getTemplate()
                .toString();
        assertTrue(template.contains(":function:MyBench-vpc"), "the role names the renamed stack's functions");
        assertTrue(template.contains("repo:octo/eigw-bench:ref:refs/heads/main"), "trust names the repository");
    }

    @Test
    void build_withInvalidGithubBranch_failsNamingTheKey() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> synth(Map.of("githubRepository", "octo/eigw-bench", "githubBranch", "*")));
        assertTrue(e.getMessage().contains("'githubBranch'"), e.getMessage());
    }

    static List<CloudFormationStackArtifact> synth(Map<String, Object> overrides) throws IOException {
        ProjectRoot root = ProjectRoot.locate(System.getenv(), Path.of(""));
        var context = new HashMap<>(cdkJsonContext(root));
        context.putAll(overrides);
        App app = App.Builder.create().context(context).build();
        // Only EIGW_ROOT: no CDK_DEFAULT_ACCOUNT/REGION from the developer's shell, so both stacks stay agnostic.
        EigwBenchApp.build(app, Map.of(ProjectRoot.ENV_VARIABLE, root.path().toString()), root.path());
        return app.synth().getStacks();
    }

    private static List<String> stackNames(List<CloudFormationStackArtifact> stacks) {
        return stacks.stream().map(CloudFormationStackArtifact::getStackName).toList();
    }

    private static Map<String, Object> cdkJsonContext(ProjectRoot root) throws IOException {
        Map<String, Object> cdkJson = new ObjectMapper()
                .readValue(root.path().resolve("cdk.json").toFile(), new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        var context = (Map<String, Object>) cdkJson.getOrDefault("context", Map.of());
        return context;
    }
}
