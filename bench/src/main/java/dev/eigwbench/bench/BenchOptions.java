package dev.eigwbench.bench;

import dev.eigwbench.common.request.BenchmarkRequest;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command's options.
 *
 * @param runs fresh JVMs per subject (medians and min–max are over these)
 * @param iterations calls per step in the warm invocation
 * @param parts which parts run: handler, clients, jvm, fallback
 * @param out where the summary and logs go
 */
public record BenchOptions(int runs, int iterations, Set<String> parts, Path out) {
    public static final List<String> PARTS = List.of("handler", "clients", "jvm", "fallback");
    static final String USAGE = "usage: bin/bench [--runs 1..20 (5)] [--iterations 2..1000 (100)]"
            + " [--only handler,clients,jvm,fallback (all)] [--out DIR (bench/target/bench-results)]";

    public BenchOptions {
        if (runs < 1 || runs > 20) {
            throw new IllegalArgumentException("--runs must be 1..20, got " + runs);
        }
        if (iterations < 2 || iterations > BenchmarkRequest.MAX_ITERATIONS) {
            throw new IllegalArgumentException(
                    "--iterations must be 2.." + BenchmarkRequest.MAX_ITERATIONS + ", got " + iterations);
        }
        for (String part : parts) {
            if (!PARTS.contains(part)) {
                throw new IllegalArgumentException("--only takes a comma list of " + PARTS + ", got '" + part + "'");
            }
        }
        parts = Set.copyOf(parts);
    }

    public static BenchOptions parse(String[] args, Path defaultOut) {
        int runs = 5;
        int iterations = 100;
        Set<String> parts = new LinkedHashSet<>(PARTS);
        Path out = defaultOut;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--runs" -> runs = integer(name, value);
                case "--iterations" -> iterations = integer(name, value);
                case "--only" -> parts = new LinkedHashSet<>(List.of(value.split(",")));
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return new BenchOptions(runs, iterations, parts, out);
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }
}
