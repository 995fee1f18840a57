package dev.eigwbench.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.infra.github.DeployRoleGrants;
import dev.eigwbench.infra.github.GitHubDeployStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real `cdk synth` from the repository root, as a user runs it: the pinned CLI and Node from node_modules, and
 * cdk.json's app command (which builds the handler and runs the app through Maven). No credentials and no network:
 * the CLI gets no AWS configuration, instance metadata is off, and notices, telemetry and version checks are off.
 */
class CdkCliSynthTest {
    private static final Path ROOT = SynthesizedStack.ROOT.path();
    private static final String STACK = BenchmarkConfig.DEFAULT_STACK_NAME;
    private static final Duration TIMEOUT = Duration.ofMinutes(8);
    private static final String GITHUB_REPOSITORY = "owner/repo";

    @TempDir
    static Path output;

    private static CommandLine synth;

    @BeforeAll
    static void runCdkSynth() throws IOException, InterruptedException {
        // The in-process synth first: the CLI's Maven build rewrites the handler's zip while it runs.
        SynthesizedStack.template();
        // With githubRepository, as SETUP.md deploys the role: the one run also writes the deploy role's stack.
        synth = cdk(List.of(
                "synth", "--quiet", "--output", output.toString(), "-c", "githubRepository=" + GITHUB_REPOSITORY));
    }

    @Test
    void cdkSynth_whenRunFromTheRoot_succeeds() {
        assertEquals(0, synth.exitCode(), synth.output());
    }

    @Test
    void cdkSynth_whenRunFromTheRoot_writesTheStacksTemplate() {
        assertTrue(Files.isRegularFile(output.resolve(STACK + ".template.json")), synth.output());
    }

    @Test
    void cdkSynth_whenRunFromTheRoot_synthesizesTheResourcesTheTestsCheck() throws IOException {
        JsonNode cli = new ObjectMapper()
                .readTree(output.resolve(STACK + ".template.json").toFile());
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
                .readValue(output.resolve(stackName + ".template.json").toFile(), new TypeReference<>() {});
    }

    /**
     * A published version's logical id ends in a hash of the function's configuration, which includes the asset
     * bucket's region: the CLI passes its default region (us-east-1 without AWS configuration), the tests none.
     */
    private static String withoutVersionHash(String logicalId) {
        return logicalId.replaceFirst("(CurrentVersion)[0-9A-F]{8}[0-9a-f]{32}$", "$1");
    }

    private static CommandLine cdk(List<String> arguments) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(ROOT.resolve("node_modules/.bin/cdk").toString());
        command.addAll(arguments);
        command.addAll(List.of("--no-notices", "--no-version-reporting"));
        return CommandLine.run(command, ROOT, offlineEnvironment(), TIMEOUT);
    }

    /** This JVM's environment without AWS or CDK settings, the pinned Node first on PATH. */
    private static Map<String, String> offlineEnvironment() {
        var environment = new HashMap<>(System.getenv());
        environment.keySet().removeIf(key -> key.startsWith("AWS_") || key.startsWith("CDK_"));
        Path nowhere = output.resolve("no-aws-config");
        environment.put("AWS_CONFIG_FILE", nowhere.toString());
        environment.put("AWS_SHARED_CREDENTIALS_FILE", nowhere.toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        environment.put("CDK_DISABLE_CLI_TELEMETRY", "true");
        environment.put("CDK_DISABLE_VERSION_CHECK", "1");
        environment.put(
                "PATH",
                ROOT.resolve("node_modules/.bin") + java.io.File.pathSeparator + environment.getOrDefault("PATH", ""));
        return environment;
    }
}
