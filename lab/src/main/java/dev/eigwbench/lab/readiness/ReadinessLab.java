package dev.eigwbench.lab.readiness;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.lab.LabException;
import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import dev.eigwbench.lab.net.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The readiness check in the lab's simulated networks: the four destination kinds added to a built
 * {@link NetworkLab}, a server for them in the services namespace, and the function's own packaged jar run with a
 * readiness event from the vpc or public namespace (through its LocalRunner), answering a {@link ReadinessResult}.
 */
public final class ReadinessLab implements AutoCloseable {
    public static final int PORT = 8081;
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final long PROBE_WAIT_SECONDS = 90;

    private final NetworkLab network;
    private final ReadinessDestinations destinations;
    private final Path handlerJar;
    private final Process server;

    private ReadinessLab(NetworkLab network, ReadinessDestinations destinations, Path handlerJar, Process server) {
        this.network = network;
        this.destinations = destinations;
        this.handlerJar = handlerJar;
        this.server = server;
    }

    /**
     * @param network a network built by {@link NetworkLab#create}, hosts files in {@code netnsEtc}
     * @param handlerJar the function's shaded jar (handler/target/eigw-bench-handler.jar)
     */
    public static ReadinessLab start(NetworkLab network, CommandRunner runner, Path netnsEtc, Path handlerJar) {
        if (!Files.isRegularFile(handlerJar)) {
            throw new LabException("the function's jar " + handlerJar + " is missing: build it with"
                    + " mvn -B -q -pl handler -am package -DskipTests");
        }
        var destinations = new ReadinessDestinations(network.plan(), PORT);
        destinations.setupCommands().forEach(runner::check);
        for (Role role : List.of(Role.VPC, Role.PUBLIC)) {
            Path hosts = netnsEtc.resolve(network.plan().namespace(role)).resolve("hosts");
            try {
                Files.writeString(hosts, destinations.hostsLines(), StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new LabException("cannot add the readiness names to " + hosts + ": " + e.getMessage(), e);
            }
        }
        return new ReadinessLab(network, destinations, handlerJar, startServer(network));
    }

    public ReadinessDestinations destinations() {
        return destinations;
    }

    private static Process startServer(NetworkLab network) {
        var command = network.plan().inNamespace(Role.SERVICES, javaCommand(DestinationServer.class.getName()));
        var withPort = new ArrayList<>(command);
        withPort.add(Integer.toString(PORT));
        try {
            Process process = new ProcessBuilder(withPort)
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

    /** Runs the function's probe from the role's namespace, as that variant, over all four destinations. */
    public ReadinessResult probe(Role role, int connectTimeoutMs) {
        String variant = role == Role.VPC ? "vpc" : "public";
        String event;
        try {
            event = JSON.writeValueAsString(Map.of(
                    "readiness",
                    Map.of("destinations", destinations.destinations(), "connectTimeoutMs", connectTimeoutMs)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var command = new ArrayList<>(List.of(
                javaExecutable(),
                "-Djava.net.preferIPv6Addresses=true",
                "-cp",
                handlerJar.toString(),
                "dev.eigwbench.handler.LocalRunner",
                event,
                "60"));
        var builder = new ProcessBuilder(network.plan().inNamespace(role, command)).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("TABLE_NAME", "readiness");
        env.put("QUEUE_URL", "http://sqs.eigw.test:9324/000000000000/readiness");
        env.put("BUCKET_NAME", "readiness");
        env.put("BENCH_VARIANT", variant);
        env.put("AWS_REGION", "us-east-1");
        env.remove("JAVA_TOOL_OPTIONS");
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PROBE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new LabException(
                        "the " + variant + " function's probe did not finish in " + PROBE_WAIT_SECONDS + " s");
            }
            List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            try {
                return JSON.readValue(last, ReadinessResult.class);
            } catch (IOException e) {
                throw new LabException("the " + variant + " function answered no readiness result: " + output);
            }
        } catch (IOException e) {
            throw new LabException("cannot run the " + variant + " function's probe: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while probing from " + variant, e);
        }
    }

    private static List<String> javaCommand(String mainClass) {
        return List.of(
                javaExecutable(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Stops the server; the network (and the names and routes added to it) goes with the NetworkLab. */
    @Override
    public void close() {
        server.destroyForcibly();
    }
}
