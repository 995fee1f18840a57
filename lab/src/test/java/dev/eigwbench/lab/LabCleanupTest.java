package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A lab run killed midway (as with Ctrl-C, or hard) leaves no namespace, hosts file or process behind. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LabCleanupTest {
    private static final CommandRunner RUNNER = new CommandRunner(Duration.ofSeconds(20));
    /** The compare runner's progress line for the first warm invocation, after both functions' cold starts. */
    private static final Pattern FIRST_WARM_RUN = Pattern.compile("\\[vpc\\s+warm 1/\\d+]");

    @TempDir
    Path out;

    private Process lab;

    @BeforeEach
    void requireRoot() {
        assumeTrue(LabTestSupport.canSimulate(), LabTestSupport.SKIP_REASON);
    }

    @AfterEach
    void killLab() {
        if (lab != null) {
            lab.destroyForcibly();
        }
    }

    @Test
    void run_whenTerminatedMidway_removesNamespacesHostsFilesAndProcesses() throws Exception {
        startLabAndWaitUntilFunctionsRun();
        var pids = processesInRun();
        assertFalse(pids.isEmpty(), "expected emulator and function processes in the run's namespaces");

        lab.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook cleans up
        assertTrue(lab.waitFor(60, TimeUnit.SECONDS), "the lab did not exit after SIGTERM");

        assertNothingLeft(pids);
    }

    @Test
    void cleanup_whenRunWasKilledHard_removesItsLeftovers() throws Exception {
        startLabAndWaitUntilFunctionsRun();
        var pids = processesInRun();
        lab.destroyForcibly(); // SIGKILL: no shutdown hook, the namespaces stay
        assertTrue(lab.waitFor(30, TimeUnit.SECONDS));
        assertFalse(namespacesOfRun().isEmpty(), "a killed run should leave namespaces for cleanup to remove");

        var output = new ByteArrayOutputStream();
        int code = LabMain.run(
                List.of("cleanup"),
                new PrintStream(output, true, StandardCharsets.UTF_8),
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertEquals(0, code, output.toString(StandardCharsets.UTF_8));
        assertNothingLeft(pids);
        var workDirs = Path.of(System.getProperty("java.io.tmpdir"))
                .toFile()
                .list((dir, name) -> name.startsWith("eigw-lab-" + lab.pid() + "-"));
        assertEquals(0, workDirs.length, "work directory left behind");
    }

    private void startLabAndWaitUntilFunctionsRun() throws Exception {
        var command = JavaCommand.of(LabMain.class);
        command.addAll(List.of("--namespaces", "--runs", "50", "--iterations", "20", "--out", out.toString()));
        lab = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        var lines = new LinkedBlockingQueue<String>();
        var reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(lab.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    System.out.println("[lab] " + line);
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // the lab was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        // Both functions have had their cold start and the first warm run has begun: every kind of process is up.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            var line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("the lab did not finish both cold starts within 180 s");
            }
            if (FIRST_WARM_RUN.matcher(line).find()) {
                return;
            }
        }
    }

    private List<String> namespacesOfRun() {
        var prefix = "eigw-" + lab.pid() + "-";
        return NetworkLab.listNamespaces(RUNNER).stream()
                .filter(ns -> ns.startsWith(prefix))
                .toList();
    }

    private List<Long> processesInRun() {
        var pids = new ArrayList<Long>();
        for (var ns : namespacesOfRun()) {
            RUNNER.run(List.of("ip", "netns", "pids", ns))
                    .stdout()
                    .lines()
                    .map(String::strip)
                    .filter(s -> s.matches("\\d+"))
                    .map(Long::parseLong)
                    .forEach(pids::add);
        }
        return pids;
    }

    private void assertNothingLeft(List<Long> pids) throws Exception {
        assertEquals(List.of(), namespacesOfRun(), "namespaces left behind");
        var prefix = "eigw-" + lab.pid() + "-";
        if (Files.isDirectory(NetworkLab.NETNS_ETC)) {
            assertEquals(
                    0,
                    NetworkLab.NETNS_ETC.toFile().list((dir, name) -> name.startsWith(prefix)).length,
                    "hosts files left behind");
        }
        for (var pid : pids) {
            var handle = ProcessHandle.of(pid);
            if (handle.isPresent()) {
                handle.get().onExit().get(10, TimeUnit.SECONDS);
            }
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " left");
        }
    }
}
