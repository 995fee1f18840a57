package dev.eigwbench.lab;

import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The {@code bin/lab} command: {@code run} (the default) or {@code cleanup}. */
public final class LabMain {
    static final String USAGE = """
            usage: bin/lab [run] [--runs N] [--iterations N] [--no-prefer-ipv6] [--loopback | --namespaces]
                               [--out DIR] [--function-timeout SECONDS] [--runtime ric|local]
                               [--package ZIP]
                   bin/lab cleanup [--all]

            run      start the emulators, run the vpc and public functions in simulated networks (root on
                     Linux; otherwise on loopback, said in the report) and write the comparison to --out
                       --runs N                invocations of each function, the first cold (default 3)
                       --iterations N          calls per step per invocation (default 100)
                       --no-prefer-ipv6        run the functions without java.net.preferIPv6Addresses=true
                                               and without the exec wrapper: the blog's problem
                       --loopback              no network simulation, even as root
                       --namespaces            network simulation or fail
                       --out DIR               report directory (default lab-report)
                       --function-timeout S    each invocation's time budget (default 60, as the stack)
                       --runtime ric|local     ric (default): Lambda's runtime interface client against a
                                               Runtime API served by the lab; local: a minimal loader
                       --package ZIP           the function's deployment package (default: the handler
                                               module's handler/target/eigw-bench-handler.zip)
            cleanup  remove namespaces, hosts files, processes and work directories left by lab runs that are no
                     longer running
                       --all                   also those of runs still in progress
            """;

    private LabMain() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            if (!args.isEmpty() && args.get(0).equals("readiness"))
                return dev.eigwbench.lab.readiness.ReadinessLabCommand.run(
                        RepoLayout.locate().root(), out, err);
            if (!args.isEmpty() && args.get(0).equals("cleanup")) {
                return cleanup(args.subList(1, args.size()), out);
            }
            var runArgs = !args.isEmpty() && args.get(0).equals("run") ? args.subList(1, args.size()) : args;
            if (runArgs.contains("--help") || runArgs.contains("-h")) {
                out.print(USAGE);
                return 0;
            }
            var options = parse(runArgs);
            var outcome = new Lab(options, err).run();
            out.print(outcome.consoleReport());
            err.println("lab: report written to "
                    + outcome.files().html().getParent().toAbsolutePath() + " (report.txt, .md, .json, .html)");
            return outcome.failed() ? 1 : 0;
        } catch (IllegalArgumentException | LabException e) {
            err.println("lab: " + e.getMessage());
            return 2;
        }
    }

    static LabOptions parse(List<String> args) {
        var d = LabOptions.defaults();
        int runs = d.runs();
        int iterations = d.iterations();
        boolean preferIPv6 = true;
        var network = LabOptions.NetworkMode.AUTO;
        Path out = d.outputDir();
        Duration timeout = d.functionTimeout();
        var runtime = d.runtime();
        Path pkg = null;
        for (int i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            switch (arg) {
                case "--runs" -> runs = intValue(args, ++i, arg);
                case "--iterations" -> iterations = intValue(args, ++i, arg);
                case "--no-prefer-ipv6" -> preferIPv6 = false;
                case "--loopback" -> network = LabOptions.NetworkMode.LOOPBACK;
                case "--namespaces" -> network = LabOptions.NetworkMode.NAMESPACES;
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--function-timeout" -> timeout = Duration.ofSeconds(intValue(args, ++i, arg));
                case "--runtime" -> runtime = runtime(value(args, ++i, arg));
                case "--package" -> pkg = Path.of(value(args, ++i, arg));
                default ->
                    throw new IllegalArgumentException(
                            "unknown option '" + arg + "'; see bin/lab --help for the options");
            }
        }
        return new LabOptions(runs, iterations, preferIPv6, network, out, timeout, runtime, pkg);
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
