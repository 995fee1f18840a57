package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.eigwbench.infra.github.DeployRoleGrants;
import dev.eigwbench.infra.github.GitHubDeployStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real `cdk synth` and `cdk ls` from the repository root, as a user runs them: the pinned CLI and Node from
 * node_modules, and cdk.json's app command (scripts/cdk-app). No credentials and no network (see {@link CdkCli}).
 */
class CdkCliSynthTest {
    private static final Path ROOT = SynthesizedStack.ROOT.path();
    private static final String STACK = BenchmarkConfig.DEFAULT_STACK_NAME;
    private static final String GITHUB_REPOSITORY = "owner/repo";

    @TempDir
    static Path output;

    private static CdkCli cdk;
    private static CommandLine synth;

    @BeforeAll
    static void runCdkSynth() throws IOException, InterruptedException {
        // The in-process synth first: a build by the app command rewrites the handler's zip while it runs.
        SynthesizedStack.template();
        cdk = new CdkCli(ROOT, output);
        // With githubRepository, as SETUP.md deploys the role: the one run also writes the deploy role's stack.
        synth = cdk.run(List.of(
                "synth",
                "--quiet",
                "--output",
                output.resolve("cdk.out").toString(),
                "-c",
                "githubRepository=" + GITHUB_REPOSITORY));
    }

    @Test
    void cdkSynth_whenRunFromTheRoot_succeeds() {
        assertEquals(0, synth.exitCode(), synth.output());
    }

    @Test
    void cdkSynth_whenRunFromTheRoot_writesTheStacksTemplate() {
        assertTrue(Files.isRegularFile(output.resolve("cdk.out").resolve(STACK + ".template.json")), synth.output());
    }

    /** `cdk synth > template.yaml` must give a template: nothing from the build may reach the CLI's stdout. */
    @Test
    void cdkSynth_whenStdoutRedirected_isTheTemplateAsYaml() throws IOException, InterruptedException {
        var printed = cdk.runSeparately(
                List.of("synth", STACK, "--output", output.resolve("yaml.out").toString()));
        assertEquals(0, printed.exitCode(), printed.stderr());
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(printed.stdout());
        assertTrue(template.path("Resources").size() > 0, printed.stdout());
    }

    @Test
    void cdkLs_whenRun_printsExactlyTheStackNameOnStdout() throws IOException, InterruptedException {
        var listed = cdk.runSeparately(
                List.of("ls", "--output", output.resolve("ls.out").toString()));
        assertEquals(new CommandLine.Streams(0, STACK + "\n", listed.stderr()), listed);
    }

    @Test
    void cdkSynth_whenRunFromTheRoot_synthesizesTheResourcesTheTestsCheck() throws IOException {
        JsonNode cli = new ObjectMapper()
                .readTree(output.resolve("cdk.out")
                        .resolve(STACK + ".template.json")
                        .toFile());
        var fromCli = new TreeMap<String, String>();
        cli.get("Resources")
                .properties()
                .forEach(e -> fromCli.put(
                        withoutVersionHash(e.getKey()), e.getValue().get("Type").asText()));
        var fromTests = new TreeMap<String, String>();
        @SuppressWarnings("unchecked")
        var resources = (Map<String, Map<String, Object>>)
                SynthesizedStack.template().toJSON().get("Resources");
        resources.forEach((id, resource) -> fromTests.put(withoutVersionHash(id), (String) resource.get("Type")));
        assertEquals(fromTests, fromCli);
    }

    @Test
    void cdkSynth_withGithubRepository_grantsTheRoleExactlyTheFunctionsNames() throws IOException {
        Map<String, Object> benchmark = template(STACK);
        Map<String, Object> deploy = template(GitHubDeployStack.STACK_ID);
        var names = DeployRoleGrants.benchmarkFunctions(benchmark).values();
        assertEquals(
                new BenchmarkFunctionNames(STACK).all().stream().sorted().toList(),
                names.stream().sorted().toList());
        // The CLI passes its default region, so compare what follows ":function:" (the rest is the stack's ARN).
        var expected = new TreeSet<String>();
        names.forEach(name -> {
            expected.add(name);
            expected.add(name + ":*");
        });
        var granted = new TreeSet<String>();
        for (String arn : DeployRoleGrants.functionGrants(deploy)) {
            assertTrue(arn.startsWith("arn:aws:lambda:"), arn);
            granted.add(arn.substring(arn.indexOf(":function:") + ":function:".length()));
        }
        assertEquals(expected, granted);
    }

    private static Map<String, Object> template(String stackName) throws IOException {
        return new ObjectMapper()
                .readValue(
                        output.resolve("cdk.out")
                                .resolve(stackName + ".template.json")
                                .toFile(),
                        new TypeReference<>() {});
    }

    /**
     * A published version's logical id ends in a hash of the function's configuration, which includes the asset
     * bucket's region: the CLI passes its default region (us-east-1 without AWS configuration), the tests none.
     */
    private static String withoutVersionHash(String logicalId) {
        return logicalId.replaceFirst("(CurrentVersion)[0-9A-F]{8}[0-9a-f]{32}$", "$1");
    }
}
