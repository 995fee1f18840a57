package dev.eigwbench.client;

import dev.eigwbench.client.readiness.ReadinessCommand;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eigw-bench-client} command line. */
@Command(
        name = "eigw-bench-client",
        mixinStandardHelpOptions = true,
        version = "eigw-bench-client 0.1.0",
        description = "Compare the deployed eigw-bench functions.",
        subcommands = {CompareCommand.class, ReadinessCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for errors the user can fix: credentials, stack, function, throttling, timeouts. */
    public static final int EXIT_CLIENT_ERROR = 3;

    /** Exit code for bad input (picocli uses the same for unknown options). */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command with the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        var stdout = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        var stderr = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        var commandLine = new CommandLine(new Main()).setOut(stdout).setErr(stderr);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            String stack = null;
            int attempts = 1;
            if (cmd.getCommand() instanceof CompareCommand compare) {
                stack = compare.stackName();
                attempts = compare.maxAttempts();
            }
            cmd.getErr().println("error: " + ErrorTranslator.translate(e, stack, attempts));
            cmd.getErr().flush();
            return e instanceof IllegalArgumentException ? EXIT_USAGE : EXIT_CLIENT_ERROR;
        });
        int code = commandLine.execute(args);
        stdout.flush();
        stderr.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
