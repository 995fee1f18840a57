package dev.eigwbench.lab.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.ConnectOutcome;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.common.readiness.Verdict;
import dev.eigwbench.lab.LabTestSupport;
import dev.eigwbench.lab.net.CommandRunner;
import dev.eigwbench.lab.net.NetworkLab;
import dev.eigwbench.lab.net.Role;
import dev.eigwbench.lab.net.TopologyPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The readiness probe proves every verdict in the simulated networks: the function's packaged jar, run with a
 * readiness event from the vpc namespace (IPv6 out, IPv4 black-holed) and the public one (IPv4 only), against one
 * destination of each kind. Needs root (network namespaces); CI runs as root.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ReadinessNamespaceTest {
    private static final int CONNECT_TIMEOUT_MS = 1000;
    private static final CommandRunner RUNNER = new CommandRunner(Duration.ofSeconds(20));
    private static NetworkLab network;
    private static ReadinessLab lab;
    private static ReadinessResult vpc;
    private static ReadinessResult control;

    @BeforeAll
    static void probeFromBothNetworks() {
        assumeTrue(LabTestSupport.canSimulate(), LabTestSupport.SKIP_REASON);
        String root = System.getenv("EIGW_ROOT");
        Path jar = Path.of(root == null ? ".." : root, "handler", "target", "eigw-bench-handler.jar");
        network = NetworkLab.create(
                new TopologyPlan(ProcessHandle.current().pid() + "-rdy"), "bench-bucket", RUNNER, NetworkLab.NETNS_ETC);
        lab = ReadinessLab.start(network, RUNNER, NetworkLab.NETNS_ETC, jar);
        vpc = lab.probe(Role.VPC, CONNECT_TIMEOUT_MS);
        control = lab.probe(Role.PUBLIC, CONNECT_TIMEOUT_MS);
    }

    @AfterAll
    static void removeNetwork() {
        if (lab != null) {
            lab.close();
        }
        if (network != null) {
            network.close();
        }
    }

    private static DestinationResult of(ReadinessResult result, DestinationKind kind) {
        String destination = lab.destinations().destination(kind);
        return result.destinations().stream()
                .filter(d -> d.destination().equals(destination))
                .findFirst()
                .orElseThrow(() -> new AssertionError(destination + " missing from " + result));
    }

    @Test
    void probe_whenRunInBothNetworks_completes() {
        assertEquals(RunStatus.COMPLETE, vpc.status(), vpc.toString());
        assertEquals("vpc", vpc.variant());
        assertEquals(RunStatus.COMPLETE, control.status(), control.toString());
        assertEquals("public", control.variant());
    }

    @ParameterizedTest
    @EnumSource(DestinationKind.class)
    void vpc_whenDestinationOfEachKind_givesItsVerdict(DestinationKind kind) {
        DestinationResult result = of(vpc, kind);

        assertEquals(kind.vpcVerdict(), result.verdict(), kind + ": " + result.reason());
    }

    @ParameterizedTest
    @EnumSource(DestinationKind.class)
    void public_whenDestinationOfEachKind_connectsOverIpv4UnlessNoDns(DestinationKind kind) {
        DestinationResult result = of(control, kind);

        assertEquals(
                kind.publicConnects(), result.probe().connected(ConnectAttempt.IPV4), kind + ": " + result.reason());
    }

    @Test
    void vpc_whenDualStack_connectsOverIpv6AndGetsTheStatus() {
        DestinationResult result = of(vpc, DestinationKind.DUAL_STACK);

        assertEquals(
                ConnectOutcome.CONNECTED,
                result.probe().attempt(ConnectAttempt.IPV6).outcome());
        assertEquals(200, result.probe().httpStatus());
    }

    @Test
    void vpc_whenIpv4Only_theConnectHangsUntilItsTimeout() {
        ConnectAttempt v4 = of(vpc, DestinationKind.IPV4_ONLY).probe().attempt(ConnectAttempt.IPV4);

        assertEquals(ConnectOutcome.TIMED_OUT, v4.outcome());
        assertTrue(v4.ms() >= CONNECT_TIMEOUT_MS - 50, "returned after " + v4.ms() + " ms: refused, not dropped?");
    }

    @Test
    void vpc_whenAaaaBlackHoles_ipv6TimesOut() {
        ConnectAttempt v6 = of(vpc, DestinationKind.SILENT_AAAA).probe().attempt(ConnectAttempt.IPV6);

        assertNotNull(v6);
        assertEquals(ConnectOutcome.TIMED_OUT, v6.outcome());
    }

    @Test
    void public_whenDualStack_ipv6IsUnreachableAtOnce() {
        ConnectAttempt v6 = of(control, DestinationKind.DUAL_STACK).probe().attempt(ConnectAttempt.IPV6);

        assertEquals(ConnectOutcome.UNREACHABLE, v6.outcome());
        assertTrue(v6.ms() < CONNECT_TIMEOUT_MS / 2.0, v6.ms() + " ms");
        assertEquals(
                Verdict.NEEDS_NAT_OR_ENDPOINT,
                of(control, DestinationKind.DUAL_STACK).verdict());
    }
}
