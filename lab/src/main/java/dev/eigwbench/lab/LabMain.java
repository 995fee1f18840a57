package dev.eigwbench.lab;

import dev.eigwbench.client.ErrorTranslator;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.lab.readiness.ReadinessLabCommand;
import java.io.PrintStream;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The {@code bin/lab} command: picks {@code run} (the default), {@code serve}, {@code readiness} or {@code cleanup},
 * and turns bad input into one line and exit code 2.
 */
public final class LabMain {
    private LabMain() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            if (args.contains("--help") || args.contains("-h")) {
                out.print(LabCommandLine.USAGE);
                return 0;
            }
            var first = args.isEmpty() ? "" : args.get(0);
            var rest = args.isEmpty() ? args : args.subList(1, args.size());
            return switch (first) {
                case "readiness" -> ReadinessLabCommand.run(out, err);
                case "cleanup" -> CleanupCommand.run(rest, out);
                case "serve" -> serve(rest, out, err);
                case "run" -> compare(rest, out, err);
                default -> compare(args, out, err);
            };
        } catch (IllegalArgumentException | LabException e) {
            err.println("lab: " + e.getMessage());
            return 2;
        } catch (SdkException e) {
            err.println("lab: " + ErrorTranslator.translate(e, StackOutputs.DEFAULT_STACK_NAME, 1));
            return 2;
        }
    }

    private static int serve(List<String> args, PrintStream out, PrintStream err) {
        var command = LabCommandLine.parse(args, true);
        // The endpoint alone on stdout, for scripts; progress and notes go to stderr.
        new Lab(command.options(), command.prices(), err)
                .serve(command.options().outputDir(), command.port(), endpoint -> {
                    out.println(endpoint);
                    out.flush();
                });
        return 0;
    }

    private static int compare(List<String> args, PrintStream out, PrintStream err) {
        var command = LabCommandLine.parse(args, false);
        var outcome = new Lab(command.options(), command.prices(), err).run();
        out.print(outcome.consoleReport());
        err.println("lab: report written to "
                + outcome.files().html().getParent().toAbsolutePath() + " (report.txt, .md, .json, .html)");
        return outcome.failed() ? 1 : 0;
    }
}
