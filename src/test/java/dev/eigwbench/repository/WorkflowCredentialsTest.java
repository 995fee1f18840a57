package dev.eigwbench.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a workflow job may do with AWS: no stored keys, an OIDC token only where the deploy role is assumed, the
 * documented repository variables, and nothing installed, built or run after the credentials step.
 */
class WorkflowCredentialsTest {
    private static final String CONFIGURE_AWS = "aws-actions/configure-aws-credentials";

    private static final Set<String> STATIC_KEY_INPUTS =
            Set.of("aws-access-key-id", "aws-secret-access-key", "aws-session-token");
    private static final Set<String> STATIC_KEY_VARIABLES =
            Set.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");
    /** Long-term (AKIA) and temporary (ASIA) access key ids. */
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b");

    /**
     * Commands that install or build, or run project code: none may run once a job holds AWS credentials. npx of
     * anything but the installed CDK CLI may download and run a package.
     */
    private static final List<Pattern> BUILD_COMMANDS = List.of(
            Pattern.compile("\\bnpm\\s+(ci|install|i|run|exec|rebuild)\\b"),
            Pattern.compile("(^|[\\s;&|/])(mvn|mvnw|gradle|gradlew|yarn|pnpm|pip3?|make)\\b"),
            Pattern.compile("\\bnpx\\s+(?!cdk\\s)"),
            Pattern.compile("\\bcdk\\s+synth\\b"));
    /** A cdk command that runs cdk.json's app, which builds and runs the project, unless given a built assembly. */
    private static final Pattern CDK_APP_COMMAND = Pattern.compile("\\bcdk\\s+(deploy|destroy|diff|list|ls|watch)\\b");

    private static final String BUILT_ASSEMBLY = "--app cdk.out";
    /** Actions a job may still use once it holds credentials: publishing results, nothing that installs. */
    private static final Set<String> ACTIONS_AFTER_CREDENTIALS = Set.of("actions/upload-artifact");

    /** The repository variables .github/SETUP.md tells users to set. */
    private static final Set<String> DOCUMENTED_VARIABLES = Set.of("AWS_DEPLOY_ROLE_ARN", "AWS_REGION");

    @Test
    void workflows_whenParsed_holdNoStaticCredentials() {
        for (Workflow workflow : Workflow.all()) {
            List<String> found = new ArrayList<>();
            workflow.walk((key, value) -> {
                if (key.equals("with") && value instanceof Map<?, ?> with) {
                    with.keySet().stream().filter(STATIC_KEY_INPUTS::contains).forEach(k -> found.add("input " + k));
                }
                if (key.equals("env") && value instanceof Map<?, ?> env) {
                    env.keySet().stream().filter(STATIC_KEY_VARIABLES::contains).forEach(k -> found.add("env " + k));
                }
            });
            assertEquals(List.of(), found, workflow.path());
            assertFalse(ACCESS_KEY_ID.matcher(workflow.text()).find(), workflow.path() + " holds an access key id");
            assertFalse(workflow.text().contains("secrets."), workflow.path() + " reads a stored secret");
        }
    }

    @Test
    void idTokenWrite_whenGranted_isOnlyWhereTheAwsRoleIsAssumed() {
        Set<String> withIdToken = new TreeSet<>();
        Set<String> assumingRole = new TreeSet<>();
        for (Workflow workflow : Workflow.all()) {
            workflow.jobs().forEach((id, value) -> {
                var job = Workflow.map(value, id);
                if (job.get("permissions") instanceof Map<?, ?> permissions
                        && "write".equals(permissions.get("id-token"))) {
                    withIdToken.add(workflow.path() + " " + id);
                }
                if (Workflow.steps(job).stream()
                        .anyMatch(step -> Workflow.text(step.get("uses")).startsWith(CONFIGURE_AWS + "@"))) {
                    assertEquals(
                            Set.of("contents", "id-token"),
                            Workflow.map(job.get("permissions"), id).keySet(),
                            id + " asks for more than it needs");
                    assumingRole.add(workflow.path() + " " + id);
                }
            });
        }
        assertEquals(Set.of(Workflow.DEPLOY + " deploy", Workflow.DEPLOY + " destroy"), withIdToken);
        assertEquals(withIdToken, assumingRole);
    }

    @Test
    void deployWorkflow_roleAndRegion_comeFromRepositoryVariables() {
        Workflow deploy = Workflow.load(Workflow.DEPLOY);
        deploy.allSteps().forEach((where, step) -> {
            if (Workflow.text(step.get("uses")).startsWith(CONFIGURE_AWS + "@")) {
                var with = Workflow.map(step.get("with"), where);
                assertEquals("${{ vars.AWS_DEPLOY_ROLE_ARN }}", with.get("role-to-assume"), where);
                assertEquals("${{ env.AWS_REGION }}", with.get("aws-region"), where);
            }
        });
        assertEquals(
                "${{ vars.AWS_REGION || 'us-east-1' }}",
                Workflow.map(deploy.root().get("env"), "env").get("AWS_REGION"));
    }

    @Test
    void workflows_repositoryVariables_areTheDocumentedOnes() {
        String setup = RepositoryFiles.read(".github/SETUP.md");
        Set<String> used = new TreeSet<>();
        for (Workflow workflow : Workflow.all()) {
            Matcher vars = Pattern.compile("\\bvars\\.([A-Za-z0-9_]+)").matcher(workflow.text());
            while (vars.find()) {
                used.add(vars.group(1));
            }
        }
        assertEquals(DOCUMENTED_VARIABLES, used, "actionlint cannot check vars.*, so this test does");
        used.forEach(name -> assertTrue(setup.contains(name), "SETUP.md documents " + name));
    }

    @Test
    void credentialedJobs_afterTheCredentialsStep_installBuildAndSynthesizeNothing() {
        Set<String> checked = new TreeSet<>();
        for (Workflow workflow : Workflow.all()) {
            workflow.jobs().forEach((id, value) -> {
                var steps = Workflow.steps(Workflow.map(value, id));
                int credentials = credentialsStep(steps);
                if (credentials < 0) {
                    return;
                }
                for (int i = credentials + 1; i < steps.size(); i++) {
                    var step = steps.get(i);
                    String where = workflow.path() + " " + id + "#" + i;
                    assertEquals(List.of(), buildCommands(Workflow.text(step.get("run"))), where);
                    String uses = Workflow.text(step.get("uses"));
                    assertTrue(
                            uses.isEmpty() || ACTIONS_AFTER_CREDENTIALS.contains(uses.split("@")[0]),
                            where + " uses " + uses + " after the credentials step");
                }
                checked.add(workflow.path() + " " + id);
            });
        }
        assertEquals(Set.of(Workflow.DEPLOY + " deploy", Workflow.DEPLOY + " destroy"), checked);
    }

    @Test
    void credentialedJobs_beforeTheCredentialsStep_synthesizeTheAssemblyTheyDeploy() {
        for (String id : List.of("deploy", "destroy")) {
            var steps = Workflow.steps(Workflow.load(Workflow.DEPLOY).job(id));
            int credentials = credentialsStep(steps);
            var before = steps.subList(0, credentials).stream()
                    .map(step -> Workflow.text(step.get("run")))
                    .toList();
            var after = steps.subList(credentials + 1, steps.size()).stream()
                    .map(step -> Workflow.text(step.get("run")))
                    .toList();
            assertTrue(
                    before.stream().anyMatch(run -> run.contains("cdk synth") && run.contains("--output cdk.out")),
                    id + " synthesizes into cdk.out before the credentials: " + before);
            assertTrue(
                    after.stream().anyMatch(run -> CDK_APP_COMMAND.matcher(run).find() && run.contains(BUILT_ASSEMBLY)),
                    id + " deploys or destroys the built assembly: " + after);
        }
    }

    @Test
    void buildCommands_forTypicalSteps_flagInstallsBuildsAndAppRunsOnly() {
        for (String build : List.of(
                "npm ci --no-audit --no-fund",
                "npm install",
                "mvn -B -q -pl client -am package -DskipTests",
                "./mvnw verify",
                "npx cdk synth --quiet",
                "npx cdk deploy --require-approval never --outputs-file cdk-outputs.json",
                "npx cdk destroy --force",
                "npx some-tool@latest",
                "cd x && yarn build")) {
            assertFalse(buildCommands(build).isEmpty(), build);
        }
        for (String safe : List.of(
                "npx cdk deploy --app cdk.out --require-approval never --outputs-file cdk-outputs.json",
                "npx cdk destroy --app cdk.out --force",
                "java -jar client/target/eigw-bench-client.jar compare --outputs-file cdk-outputs.json",
                "cat reports/*.md >> \"$GITHUB_STEP_SUMMARY\"")) {
            assertEquals(List.of(), buildCommands(safe), safe);
        }
    }

    private static int credentialsStep(List<Map<String, Object>> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (Workflow.text(steps.get(i).get("uses")).startsWith(CONFIGURE_AWS + "@")) {
                return i;
            }
        }
        return -1;
    }

    /** The lines of {@code run} that install, build or run the app. */
    static List<String> buildCommands(String run) {
        return run.lines()
                .map(String::strip)
                .filter(line -> !line.startsWith("#"))
                .filter(line ->
                        BUILD_COMMANDS.stream().anyMatch(p -> p.matcher(line).find())
                                || (CDK_APP_COMMAND.matcher(line).find() && !line.contains(BUILT_ASSEMBLY)))
                .toList();
    }
}
