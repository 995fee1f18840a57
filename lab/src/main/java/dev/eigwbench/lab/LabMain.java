package dev.eigwbench.lab;

import dev.eigwbench.client.ErrorTranslator;
import dev.eigwbench.client.PriceOptions;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import dev.eigwbench.lab.readiness.ReadinessLabCommand;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;

/** The {@code bin/lab} command: {@code run} (the default), {@code serve}, {@code readiness} or {@code cleanup}. */
public final class LabMain {
    static final String USAGE = usage();
    static final Path DEFAULT_SERVE_DIR = Path.of("serve-out");

    /** What the command line asked for. */
    record Command(LabOptions options, PriceOptions prices, int port) {}

    private LabMain() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            if (args.contains("--help") || args.contains("-h")) {
                out.print(USAGE);
                return 0;
            }
            if (!args.isEmpty() && args.get(0).equals("readiness")) {
                return ReadinessLabCommand.run(out, err);
            }
            if (!args.isEmpty() && args.get(0).equals("cleanup")) {
                return cleanup(args.subList(1, args.size()), out);
            }
            if (!args.isEmpty() && args.get(0).equals("serve")) {
                var command = parseCommand(args.subList(1, args.size()), true);
                // The endpoint alone on stdout, for scripts; progress and notes go to stderr.
                new Lab(command.options(), command.prices(), err)
                        .serve(command.options().outputDir(), command.port(), endpoint -> {
                            out.println(endpoint);
                            out.flush();
                        });
                return 0;
            }
            var runArgs = !args.isEmpty() && args.get(0).equals("run") ? args.subList(1, args.size()) : args;
            var command = parseCommand(runArgs, false);
            var outcome = new Lab(command.options(), command.prices(), err).run();
            out.print(outcome.consoleReport());
            err.println("lab: report written to "
                    + outcome.files().html().getParent().toAbsolutePath() + " (report.txt, .md, .json, .html)");
            return outcome.failed() ? 1 : 0;
        } catch (IllegalArgumentException | LabException e) {
            err.println("lab: " + e.getMessage());
            return 2;
        } catch (SdkException e) {
            err.println("lab: " + ErrorTranslator.translate(e, StackOutputs.DEFAULT_STACK_NAME, 1));
            return 2;
        }
    }

    static LabOptions parse(List<String> args) {
        return parseCommand(args, false).options();
    }

    static Command parseCommand(List<String> args, boolean serve) {
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
        try (var in = LabMain.class.getResourceAsStream("usage.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
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

    private static int cleanup(List<String> args, PrintStream out) {
        boolean all = false;
        for (var arg : args) {
            if (arg.equals("--all")) {
                all = true;
            } else {
                throw new IllegalArgumentException("unknown cleanup option '" + arg + "'; the only one is --all");
            }
        }
        boolean everything = all;
        var removed = new ArrayList<>(Lab.removeStaleWorkDirs(everything));
        if (Lab.canSimulateNetworks()) {
            removed.addAll(NetworkLab.cleanup(
                    new CommandRunner(Duration.ofSeconds(20)),
                    NetworkLab.NETNS_ETC,
                    runId -> everything || NetworkLab.isStale(runId)));
        }
        out.println(
                removed.isEmpty()
                        ? "lab cleanup: nothing left behind"
                        : "lab cleanup: removed " + String.join(", ", removed));
        return 0;
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
