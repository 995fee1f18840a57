package dev.eigwbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
    private static final Path OUT = Path.of("out");

    @Test
    void parse_whenNoArguments_fiveRunsOfHundredEveryPart() {
        var options = BenchOptions.parse(new String[0], OUT);
        assertEquals(new BenchOptions(5, 100, Set.copyOf(BenchOptions.PARTS), OUT), options);
    }

    @Test
    void parse_whenOnly_keepsThoseParts() {
        var options = BenchOptions.parse(new String[] {"--only", "clients,fallback"}, OUT);
        assertEquals(Set.of("clients", "fallback"), options.parts());
    }

    @Test
    void parse_whenUnknownPart_errorNamesOnly() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--only", "netty"}, OUT));
        assertTrue(e.getMessage().startsWith("--only"), e.getMessage());
    }

    @Test
    void parse_whenRunsNotANumber_errorNamesRuns() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--runs", "many"}, OUT));
        assertTrue(e.getMessage().startsWith("--runs"), e.getMessage());
    }

    @Test
    void parse_whenIterationsTooFew_errorNamesIterations() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--iterations", "1"}, OUT));
        assertTrue(e.getMessage().startsWith("--iterations"), e.getMessage());
    }
}
