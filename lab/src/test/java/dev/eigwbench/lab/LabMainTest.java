package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabMainTest {
    @Test
    void run_whenUnknownOption_printsOneLineAndExitsTwo() {
        var err = new ByteArrayOutputStream();
        int code = LabMain.run(List.of("--fast"), new PrintStream(new ByteArrayOutputStream()), printer(err));
        assertEquals(2, code);
        assertEquals(
                "lab: unknown option '--fast'; see bin/lab --help for the options\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void run_whenHelp_printsUsage() {
        var out = new ByteArrayOutputStream();
        assertEquals(0, LabMain.run(List.of("--help"), printer(out), printer(new ByteArrayOutputStream())));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: bin/lab"));
    }

    @Test
    void run_whenUnknownCleanupOption_namesTheOnlyOneAndExitsTwo() {
        var err = new ByteArrayOutputStream();
        int code = LabMain.run(List.of("cleanup", "--x"), printer(new ByteArrayOutputStream()), printer(err));
        assertEquals(2, code);
        assertEquals(
                "lab: unknown cleanup option '--x'; the only one is --all\n", err.toString(StandardCharsets.UTF_8));
    }

    private static PrintStream printer(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
