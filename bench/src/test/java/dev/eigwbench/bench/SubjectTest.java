package dev.eigwbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectTest {
    private static final Subject HANDLER =
            new Subject("handler", null, "25", Path.of("/jdk/bin/java"), "-Da=b", List.of("-Xshare:auto"));

    @Test
    void primed_whenClientHarness_errorNamesTheField() {
        var harness = new Subject("minimal-apache5", "apache5", "25", Path.of("java"), "", List.of());
        var e = assertThrows(IllegalArgumentException.class, () -> harness.primed("x"));
        assertTrue(e.getMessage().startsWith("primed:"), e.getMessage());
    }

    @Test
    void launcherCommand_whenPrimed_pointsOrgCracAtTheStandInAndAsksTheProbeToPrime() {
        var launcher = new Launcher(Path.of("handler.jar"), Path.of("probe"), Map.of());
        List<String> command = launcher.command(HANDLER.primed("handler-primed"), 100);
        assertTrue(command.contains("-Dorg.crac.Core.Compat=dev.eigwbench.bench.probe.crac"), command.toString());
        assertEquals(
                List.of(BenchMain.HANDLER_CLASS, "100", "primed"), command.subList(command.size() - 3, command.size()));
    }

    @Test
    void launcherCommand_whenUnprimed_leavesCracAlone() {
        var launcher = new Launcher(Path.of("handler.jar"), Path.of("probe"), Map.of());
        List<String> command = launcher.command(HANDLER, 100);
        assertTrue(command.stream().noneMatch(a -> a.contains("org.crac")), command.toString());
        assertEquals("100", command.get(command.size() - 1));
    }
}
