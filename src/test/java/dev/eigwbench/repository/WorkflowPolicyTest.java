package dev.eigwbench.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the workflows promise: one test command, pinned actions, least privilege, bounded jobs. What a job may do
 * with AWS credentials is {@link WorkflowCredentialsTest}.
 */
class WorkflowPolicyTest {

    private static final Pattern PINNED = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}");
    private static final Pattern VERSION_COMMENT = Pattern.compile("#\\s*v\\d+(\\.\\d+)*\\s*$");

    @Test
    void ciRun_testCommand_isTheReadmeTestCommand() {
        String ciRun = commandLine(".ci/run", RepositoryFiles.read(".ci/run"), "mvn");
        assertTrue(readmeCodeLines().contains(ciRun), "README shows .ci/run's test command verbatim: " + ciRun);
    }

    @Test
    void ciWorkflow_testJob_runsCiRunNotACopyOfItsCommand() {
        var runs = runs(Workflow.load(Workflow.CI).job("test"));
        assertTrue(
                runs.stream().anyMatch(run -> run.strip().endsWith("bash .ci/run")), "test job runs .ci/run: " + runs);
        for (Workflow workflow : Workflow.all()) {
            workflow.allSteps()
                    .forEach((where, step) -> assertFalse(
                            Workflow.text(step.get("run")).contains("mvn -B verify"),
                            where + " copies the test command instead of running .ci/run"));
        }
    }

    @Test
    void ciWorkflow_labJob_runsTheReadmeMainJob() {
        var runs = runs(Workflow.load(Workflow.CI).job("lab"));
        for (String part : readmeCommand("bin/lab").split("&&")) {
            assertTrue(
                    runs.stream().anyMatch(run -> run.strip().endsWith(part.strip())),
                    "lab job runs '" + part.strip() + "': " + runs);
        }
    }

    @Test
    void workflows_whenParsed_pinEveryActionByFullCommitShaWithVersionComment() {
        int checked = 0;
        for (Workflow workflow : Workflow.all()) {
            List<String> uses = new ArrayList<>();
            workflow.walk((key, value) -> {
                if (key.equals("uses")) {
                    uses.add(value.toString());
                }
            });
            for (String action : uses) {
                if (action.startsWith("./")) {
                    continue; // this repository's own reusable workflows
                }
                assertTrue(PINNED.matcher(action).matches(), workflow.path() + ": not pinned by commit SHA: " + action);
                assertTrue(
                        workflow.text()
                                .lines()
                                .filter(line -> line.contains(action))
                                .allMatch(line -> VERSION_COMMENT.matcher(line).find()),
                        workflow.path() + ": no '# vX.Y.Z' comment after " + action);
                checked++;
            }
        }
        assertTrue(checked > 0, "the workflows use third-party actions");
    }

    @Test
    void workflows_atWorkflowLevel_grantOnlyContentsRead() {
        for (Workflow workflow : Workflow.all()) {
            assertEquals(Map.of("contents", "read"), workflow.root().get("permissions"), workflow.path());
        }
    }

    @Test
    void deployWorkflow_concurrency_queuesAndNeverCancelsADeploy() {
        var concurrency = Workflow.map(Workflow.load(Workflow.DEPLOY).root().get("concurrency"), "concurrency");
        assertFalse(Workflow.text(concurrency.get("group")).isBlank());
        assertEquals(false, concurrency.get("cancel-in-progress"));
    }

    @Test
    void deployWorkflow_deployJob_deploysComparesAndPublishesEvenOnFailure() {
        var deploy = Workflow.load(Workflow.DEPLOY).job("deploy");
        assertEquals("ci", deploy.get("needs"), "deploys only what passed ci.yml");
        var steps = Workflow.steps(deploy);
        var runs = runs(deploy);
        assertTrue(
                runs.contains("npx cdk deploy --app cdk.out --require-approval never --outputs-file cdk-outputs.json"),
                runs.toString());
        assertTrue(
                runs.stream()
                        .anyMatch(run -> run.contains("eigw-bench-client.jar compare")
                                && run.contains("--outputs-file cdk-outputs.json")),
                runs.toString());
        var publishing = steps.stream()
                .filter(step -> Workflow.text(step.get("run")).contains("$GITHUB_STEP_SUMMARY")
                        || Workflow.text(step.get("uses")).startsWith("actions/upload-artifact@"))
                .toList();
        assertEquals(2, publishing.size(), "job summary and artifact upload");
        publishing.forEach(step -> assertEquals("always()", step.get("if"), step.toString()));
    }

    @Test
    void deployWorkflow_destroyJob_isManualOnly() {
        var destroy = Workflow.load(Workflow.DEPLOY).job("destroy");
        String condition = Workflow.text(destroy.get("if"));
        assertTrue(condition.contains("github.event_name == 'workflow_dispatch'"), condition);
        assertTrue(condition.contains("inputs.action == 'destroy'"), condition);
        assertTrue(
                runs(destroy).contains("npx cdk destroy --app cdk.out --force"),
                runs(destroy).toString());
    }

    @Test
    void workflows_everyJob_hasATimeoutAndCheckoutKeepsNoToken() {
        for (Workflow workflow : Workflow.all()) {
            workflow.jobs().forEach((id, value) -> {
                var job = Workflow.map(value, id);
                if (job.containsKey("uses")) {
                    return; // a reusable workflow call: its own jobs carry the timeouts
                }
                assertTrue(job.get("timeout-minutes") instanceof Number, workflow.path() + " " + id + " timeout");
            });
            workflow.allSteps().forEach((where, step) -> {
                if (Workflow.text(step.get("uses")).startsWith("actions/checkout@")) {
                    assertEquals(false, Workflow.map(step.get("with"), where).get("persist-credentials"), where);
                }
            });
        }
    }

    @Test
    void dependabot_whenParsed_groupsMavenNpmAndActionsUpdates() {
        var config = RepositoryFiles.yaml(".github/dependabot.yml");
        Set<String> ecosystems = new TreeSet<>();
        for (Object entry : (List<?>) config.get("updates")) {
            var update = Workflow.map(entry, "update");
            String ecosystem = Workflow.text(update.get("package-ecosystem"));
            ecosystems.add(ecosystem);
            assertFalse(
                    Workflow.map(update.get("groups"), ecosystem + " groups").isEmpty(), ecosystem);
        }
        assertEquals(Set.of("maven", "npm", "github-actions"), ecosystems);
    }

    /** The README's main job: the one fenced command line that installs the Node tools and runs the lab. */
    private static String readmeCommand(String marker) {
        var lines = readmeCodeLines().stream()
                .filter(line -> line.startsWith("npm ci") && line.contains(marker))
                .toList();
        assertEquals(1, lines.size(), "README code lines running npm ci and " + marker + ": " + lines);
        return lines.get(0);
    }

    /** Every non-comment line of the README's fenced code blocks, stripped. */
    private static List<String> readmeCodeLines() {
        var lines = new ArrayList<String>();
        boolean inCode = false;
        for (String line : RepositoryFiles.read("README.md").lines().toList()) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
            } else if (inCode && !line.isBlank() && !line.strip().startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static String commandLine(String file, String text, String marker) {
        var lines = text.lines()
                .map(String::strip)
                .filter(line -> !line.startsWith("#") && containsCommand(line, marker))
                .toList();
        assertEquals(1, lines.size(), file + " lines running " + marker + ": " + lines);
        return lines.get(0);
    }

    private static boolean containsCommand(String line, String marker) {
        return marker.equals("mvn") ? line.contains("mvn ") && line.contains(" verify") : line.contains(marker);
    }

    private static List<String> runs(Map<String, Object> job) {
        return Workflow.steps(job).stream()
                .map(step -> Workflow.text(step.get("run")))
                .filter(run -> !run.isEmpty())
                .toList();
    }
}
