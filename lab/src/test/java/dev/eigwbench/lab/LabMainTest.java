package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabMainTest {
    @Test
    void parse_whenNoArguments_usesTheStacksSettings() {
        var options = LabMain.parse(List.of());
        assertEquals(LabOptions.defaults(), options);
        assertTrue(options.preferIPv6());
        assertEquals(100, options.iterations());
    }

    @Test
    void parse_whenNoPreferIPv6_turnsThePropertyOff() {
        assertFalse(LabMain.parse(List.of("--no-prefer-ipv6")).preferIPv6());
    }

    @Test
    void parse_whenRunsOutOfRange_namesTheOption() {
        var e = assertThrows(IllegalArgumentException.class, () -> LabMain.parse(List.of("--runs", "0")));
        assertEquals("--runs must be 1..1000, got 0", e.getMessage());
    }

    @Test
    void parse_whenIterationsNotANumber_namesTheOption() {
        var e = assertThrows(IllegalArgumentException.class, () -> LabMain.parse(List.of("--iterations", "ten")));
        assertEquals("--iterations must be a whole number, got 'ten'", e.getMessage());
    }

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
    void parseCommand_whenServe_takesOutAndPortAndDefaultsToServeOut() {
        var command = LabMain.parseCommand(List.of("--port", "4010", "--aa"), true);
        assertEquals(4010, command.port());
        assertEquals(LabMain.DEFAULT_SERVE_DIR, command.options().outputDir());
        assertTrue(command.options().identicalFunctions());
    }

    @Test
    void parseCommand_whenServeGivenRuns_namesServesHelp() {
        var e = assertThrows(IllegalArgumentException.class, () -> LabMain.parseCommand(List.of("--runs", "2"), true));
        assertEquals("unknown option '--runs'; see bin/lab serve --help for the options", e.getMessage());
    }

    @Test
    void parseCommand_whenClientPriceFlags_pricesWithThem() {
        var command = LabMain.parseCommand(List.of("--monthly-traffic-gb", "500", "--nat-azs=3"), false);
        var cost = command.prices().toInputs("us-east-1", new java.util.ArrayList<>());
        assertEquals(500, cost.monthlyTrafficGb());
        assertEquals(3, cost.natGatewayAzs());
    }

    @Test
    void parseCommand_whenPriceFlagInvalid_namesIt() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> LabMain.parseCommand(List.of("--monthly-traffic-gb", "lots"), false));
        assertTrue(e.getMessage().contains("--monthly-traffic-gb"), e.getMessage());
    }

    private static PrintStream printer(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
