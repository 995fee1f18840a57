package dev.eigwbench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabCommandLineTest {
    @Test
    void parse_whenNoArguments_usesTheStacksSettings() {
        var options = LabCommandLine.parse(List.of());
        assertEquals(LabOptions.defaults(), options);
        assertTrue(options.preferIPv6());
        assertEquals(100, options.iterations());
    }

    @Test
    void parse_whenNoPreferIPv6_turnsThePropertyOff() {
        assertFalse(LabCommandLine.parse(List.of("--no-prefer-ipv6")).preferIPv6());
    }

    @Test
    void parse_whenRunsOutOfRange_namesTheOption() {
        var e = assertThrows(IllegalArgumentException.class, () -> LabCommandLine.parse(List.of("--runs", "0")));
        assertEquals("--runs must be 1..1000, got 0", e.getMessage());
    }

    @Test
    void parse_whenIterationsNotANumber_namesTheOption() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> LabCommandLine.parse(List.of("--iterations", "ten")));
        assertEquals("--iterations must be a whole number, got 'ten'", e.getMessage());
    }

    @Test
    void parse_whenServe_takesOutAndPortAndDefaultsToServeOut() {
        var command = LabCommandLine.parse(List.of("--port", "4010", "--aa"), true);
        assertEquals(4010, command.port());
        assertEquals(LabCommandLine.DEFAULT_SERVE_DIR, command.options().outputDir());
        assertTrue(command.options().identicalFunctions());
    }

    @Test
    void parse_whenServeGivenRuns_namesServesHelp() {
        var e = assertThrows(IllegalArgumentException.class, () -> LabCommandLine.parse(List.of("--runs", "2"), true));
        assertEquals("unknown option '--runs'; see bin/lab serve --help for the options", e.getMessage());
    }

    @Test
    void parse_whenClientPriceFlags_pricesWithThem() {
        var command = LabCommandLine.parse(List.of("--monthly-traffic-gb", "500", "--nat-azs=3"), false);
        var cost = command.prices().toInputs("us-east-1", new ArrayList<>());
        assertEquals(500, cost.monthlyTrafficGb());
        assertEquals(3, cost.natGatewayAzs());
    }

    @Test
    void parse_whenPriceFlagInvalid_namesIt() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> LabCommandLine.parse(List.of("--monthly-traffic-gb", "lots"), false));
        assertTrue(e.getMessage().contains("--monthly-traffic-gb"), e.getMessage());
    }
}
