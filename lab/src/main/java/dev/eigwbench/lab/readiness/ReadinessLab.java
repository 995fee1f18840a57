package dev.eigwbench.lab.readiness;

import dev.eigwbench.client.readiness.ReadinessCommand;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.lab.JavaCommand;
import dev.eigwbench.lab.Lab;
import dev.eigwbench.lab.LabException;
import dev.eigwbench.lab.LabOptions;
import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import dev.eigwbench.lab.net.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;

/**
 * The readiness check in the lab: the lab serves both functions through its local Lambda API, as for any
 * invocation, with the four destination kinds added to its simulated networks (and a server for them in the
 * services namespace); then the client's own {@code readiness} command probes them through that API and prints its
 * report.
 */
public final class ReadinessLab {
    public static final int PORT = 8081;

    private ReadinessLab() {}

    /** What the client's check found, and the destinations it probed. */
    public record Result(ReadinessDestinations destinations, ReadinessCommand.Outcome outcome) {
        public DestinationResult vpc(DestinationKind kind) {
            return find(outcome.vpc(), kind);
        }

        public DestinationResult control(DestinationKind kind) {
            return find(outcome.control(), kind);
        }

        private DestinationResult find(ReadinessResult result, DestinationKind kind) {
            String destination = destinations.destination(kind);
            return result.destinations().stream()
                    .filter(d -> d.destination().equals(destination))
                    .findFirst()
                    .orElseThrow(() -> new LabException(
                            destination + " is missing from the " + result.variant() + " function's answer"));
        }
    }

    /**
     * Serves the functions in the simulated networks with the destinations added, runs the client's readiness
     * command against the local API (its report to {@code report}, files in the options' output directory).
     */
    public static Result run(LabOptions options, int connectTimeoutMs, PrintStream progress, PrintStream report) {
        if (options.network() != LabOptions.NetworkMode.NAMESPACES) {
            throw new IllegalArgumentException("the readiness check needs the simulated networks (namespaces)");
        }
        var destinations = new AtomicReference<ReadinessDestinations>();
        return new Lab(options, progress)
                .serveFor(
                        network -> {
                            destinations.set(new ReadinessDestinations(network.plan(), PORT));
                            return addTo(network, destinations.get(), NetworkLab.NETNS_ETC);
                        },
                        served -> {
                            progress.println("lab: local Lambda API at "
                                    + served.api().endpoint() + "; the client's readiness command probes through it");
                            var args = new ArrayList<>(List.of(
                                    "--vpc-function", served.outputs().get(StackOutputs.aliasArnKey(Variant.VPC)),
                                    "--public-function", served.outputs().get(StackOutputs.aliasArnKey(Variant.PUBLIC)),
                                    "--endpoint-url", served.api().endpoint().toString(),
                                    "--region", "us-east-1",
                                    "--connect-timeout-ms", Integer.toString(connectTimeoutMs),
                                    "--invoke-timeout",
                                            Long.toString(options.functionTimeout()
                                                    .plusSeconds(30)
                                                    .toSeconds()),
                                    "--max-attempts", "1",
                                    "--out", options.outputDir().toString(),
                                    "--name", "readiness"));
                            for (String destination : destinations.get().destinations()) {
                                args.add(destination.contains("://") ? "--url" : "--host");
                                args.add(destination);
                            }
                            var command = new ReadinessCommand();
                            new CommandLine(command)
                                    .setOut(writer(report))
                                    .setErr(writer(progress))
                                    .parseArgs(args.toArray(String[]::new));
                            return new Result(destinations.get(), command.check());
                        });
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * The destinations' addresses, the router's blackhole route and the hosts lines of the vpc and public
     * namespaces, then their server; closing stops the server (the rest goes with the network).
     */
    static AutoCloseable addTo(NetworkLab network, ReadinessDestinations destinations, Path netnsEtc) {
        var runner = new CommandRunner(Duration.ofSeconds(20));
        destinations.setupCommands().forEach(runner::check);
        for (Role role : List.of(Role.VPC, Role.PUBLIC)) {
            Path hosts = netnsEtc.resolve(network.plan().namespace(role)).resolve("hosts");
            try {
                Files.writeString(hosts, destinations.hostsLines(), StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new LabException("cannot add the readiness names to " + hosts + ": " + e.getMessage(), e);
            }
        }
        Process server = startServer(network);
        return server::destroyForcibly;
    }

    private static Process startServer(NetworkLab network) {
        var server = JavaCommand.of(DestinationServer.class);
        server.add(Integer.toString(PORT));
        var command = network.plan().inNamespace(Role.SERVICES, server);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            if (!"LISTENING".equals(line)) {
                process.destroyForcibly();
                throw new LabException("the readiness destinations' server did not start (said: " + line + ")");
            }
            return process;
        } catch (IOException e) {
            throw new LabException("cannot start the readiness destinations' server: " + e.getMessage(), e);
        }
    }
}
