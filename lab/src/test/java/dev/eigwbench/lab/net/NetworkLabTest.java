package dev.eigwbench.lab.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eigwbench.lab.JavaCommand;
import dev.eigwbench.lab.LabTestSupport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The simulated networks with real sockets: a listener in the services namespace, probes from each function
 * namespace. Needs root (network namespaces); CI runs as root.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetworkLabTest {
    private static final int CONNECT_TIMEOUT_MS = 1500;
    private static final CommandRunner RUNNER = new CommandRunner(Duration.ofSeconds(20));
    private static final Map<String, String> VPC = new HashMap<>();
    private static final Map<String, String> PUBLIC = new HashMap<>();
    private static Path netnsEtc;
    private static NetworkLab network;
    private static Process server;
    private static List<String> namespacesAfterClose;

    @BeforeAll
    static void buildNetworkAndProbe() throws Exception {
        assumeTrue(LabTestSupport.canSimulate(), LabTestSupport.SKIP_REASON);
        netnsEtc = NetworkLab.NETNS_ETC;
        var plan = new TopologyPlan(ProcessHandle.current().pid() + "-net");
        network = NetworkLab.create(plan, "bench-bucket", RUNNER, netnsEtc);
        server = startServer();
        VPC.putAll(probe(Role.VPC));
        PUBLIC.putAll(probe(Role.PUBLIC));
    }

    @AfterAll
    static void removeNetwork() {
        if (server != null) {
            server.destroyForcibly();
        }
        if (network != null) {
            network.close();
            namespacesAfterClose = NetworkLab.listNamespaces(RUNNER);
        }
    }

    @Test
    void vpc_whenIPv4ToGatewayEndpoint_connects() {
        assertEquals("connected", outcome(VPC, "dynamodb-v4"));
        assertEquals("connected", outcome(VPC, "s3-v4"));
    }

    @Test
    void vpc_whenIPv4ToAnyOtherDestination_hangsUntilTheTimeout() {
        for (var label : List.of("sqs-v4", "http-v4")) {
            assertEquals("timeout", outcome(VPC, label), label);
            assertTrue(millis(VPC, label) >= CONNECT_TIMEOUT_MS - 50, label + " returned early: silently dropped?");
        }
    }

    @Test
    void vpc_whenIPv6_connects() {
        assertEquals("connected", outcome(VPC, "sqs-v6"));
        assertEquals("connected", outcome(VPC, "http-v6"));
    }

    @Test
    void public_whenIPv4_connectsToEveryService() {
        for (var service : LabService.values()) {
            assertEquals("connected", outcome(PUBLIC, service.id() + "-v4"), service.id());
        }
    }

    @Test
    void public_whenIPv6_failsAtOnceForLackOfARoute() {
        assertEquals("error", outcome(PUBLIC, "sqs-v6"));
        assertTrue(millis(PUBLIC, "sqs-v6") < CONNECT_TIMEOUT_MS / 2);
    }

    @Test
    void hostsFile_whenResolvedInsideTheNamespace_dualStackNamesHaveBothFamilies() {
        assertEquals("198.18.1.12,fd65:6967:7700:1:0:0:0:12", VPC.get(LabService.SQS.hostName()));
        assertEquals("198.18.1.11", VPC.get(LabService.DYNAMODB.hostName()));
    }

    @Test
    void close_whenCalled_removesNamespacesAndHostsFiles() throws Exception {
        var plan = new TopologyPlan(ProcessHandle.current().pid() + "-close");
        var lab = NetworkLab.create(plan, "b", RUNNER, netnsEtc);
        assertTrue(NetworkLab.listNamespaces(RUNNER).containsAll(plan.namespaces()));
        lab.close();
        var left = NetworkLab.listNamespaces(RUNNER);
        for (var ns : plan.namespaces()) {
            assertFalse(left.contains(ns), ns);
            assertFalse(Files.exists(netnsEtc.resolve(ns)), ns);
        }
    }

    private static Process startServer() throws Exception {
        var ports = new ArrayList<String>();
        for (var service : LabService.values()) {
            ports.add(Integer.toString(service.port()));
        }
        var command = JavaCommand.of(ProbeServer.class);
        command.addAll(ports);
        var process = new ProcessBuilder(network.plan().inNamespace(Role.SERVICES, command))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        var line =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertEquals("LISTENING", line);
        return process;
    }

    private static Map<String, String> probe(Role role) throws Exception {
        var plan = network.plan();
        var command = JavaCommand.of(Probe.class);
        command.add(Integer.toString(CONNECT_TIMEOUT_MS));
        for (var service : LabService.values()) {
            command.add("connect," + service.id() + "-v4," + plan.ipv4(service) + "," + service.port());
            command.add("connect," + service.id() + "-v6," + plan.ipv6(service) + "," + service.port());
            command.add("resolve," + service.hostName());
        }
        var process = new ProcessBuilder(network.plan().inNamespace(role, command))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        var results = new HashMap<String, String>();
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                var parts = line.split(" ", 2);
                results.put(parts[0], parts[1].startsWith("resolved ") ? parts[1].substring(9) : parts[1]);
            }
        }
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "probe hung");
        return results;
    }

    private static String outcome(Map<String, String> results, String label) {
        return results.get(label).split(" ")[0];
    }

    private static long millis(Map<String, String> results, String label) {
        return Long.parseLong(results.get(label).split(" ")[1]);
    }
}
