package dev.eigwbench.lab;

import dev.eigwbench.client.PriceOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The options of {@code bin/lab run} and {@code bin/lab serve}, parsed into immutable settings, and the usage text. */
final class LabCommandLine {
    static final String USAGE = usage();
    static final Path DEFAULT_SERVE_DIR = Path.of("serve-out");

    /** What the command line asked for. */
    record Command(LabOptions options, PriceOptions prices, int port) {}

    private LabCommandLine() {}

    static LabOptions parse(List<String> args) {
        return parse(args, false).options();
    }

    /** {@code serve} takes {@code --port} and defaults {@code --out} to serve-out; {@code run} takes --runs and prices. */
    static Command parse(List<String> args, boolean serve) {
        var d = LabOptions.defaults();
        int runs = d.runs();
        int iterations = d.iterations();
        boolean preferIPv6 = true;
        boolean aa = false;
        var network = LabOptions.NetworkMode.AUTO;
        Path out = serve ? DEFAULT_SERVE_DIR : d.outputDir();
        Duration timeout = d.functionTimeout();
        var runtime = d.runtime();
        Path pkg = null;
        int port = 0;
        var priceArgs = new ArrayList<String>();
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            switch (arg) {
                case "--iterations" -> iterations = intValue(args, ++i, arg);
                case "--no-prefer-ipv6" -> preferIPv6 = false;
                case "--aa" -> aa = true;
                case "--loopback" -> network = LabOptions.NetworkMode.LOOPBACK;
                case "--namespaces" -> network = LabOptions.NetworkMode.NAMESPACES;
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--function-timeout" -> timeout = Duration.ofSeconds(intValue(args, ++i, arg));
                case "--runtime" -> runtime = runtime(value(args, ++i, arg));
                case "--package" -> pkg = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.equals("--runs") && !serve) {
                        runs = intValue(args, ++i, arg);
                    } else if (arg.equals("--port") && serve) {
                        port = intValue(args, ++i, arg);
                        if (port < 0 || port > 65535) {
                            throw new IllegalArgumentException("--port must be 0..65535, got " + port);
                        }
                    } else if (!serve && PriceFlags.takes(arg)) {
                        priceArgs.add(arg);
                        if (PriceFlags.needsValue(arg)) priceArgs.add(value(args, ++i, arg));
                    } else {
                        throw new IllegalArgumentException("unknown option '" + arg + "'; see bin/lab "
                                + (serve ? "serve " : "") + "--help for the options");
                    }
                }
            }
        }
        var options = new LabOptions(runs, iterations, preferIPv6, network, out, timeout, runtime, pkg, aa);
        return new Command(options, PriceFlags.parse(priceArgs), port);
    }

    private static String usage() {
        try (var in = LabCommandLine.class.getResourceAsStream("usage.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            return "usage: bin/lab [run | serve | cleanup] ... (usage.txt is missing from the lab's jar)\n";
        }
    }

    private static LabOptions.FunctionRuntime runtime(String value) {
        return switch (value) {
            case "ric" -> LabOptions.FunctionRuntime.RIC;
            case "local" -> LabOptions.FunctionRuntime.LOCAL;
            default -> throw new IllegalArgumentException("--runtime must be ric or local, got '" + value + "'");
        };
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value; see bin/lab --help");
        }
        return args.get(i);
    }

    private static int intValue(List<String> args, int i, String option) {
        var v = value(args, i, option);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + v + "'");
        }
    }
}
