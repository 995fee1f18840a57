package dev.eigwbench.lab.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eigwbench.client.readiness.ReadinessCommand;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.ConnectOutcome;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.common.readiness.Verdict;
import dev.eigwbench.lab.LabOptions;
import dev.eigwbench.lab.LabTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The readiness check proves every verdict in the simulated networks, through the lab's local Lambda API as any
 * invocation: the lab serves both functions (the packaged function under Lambda's runtime client) with one destination
 * of each kind added to its networks, and the client's own readiness command invokes them, the vpc function from
 * the vpc namespace (IPv6 out, IPv4 black-holed), the public one from the public namespace (IPv4 only). Needs root
 * (network namespaces); CI runs as root.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ReadinessNamespaceTest {
    private static final int CONNECT_TIMEOUT_MS = 1000;
    private static ReadinessLab.Result lab;
    private static ReadinessResult vpc;
    private static ReadinessResult control;
    private static String report;

    @TempDir
    static Path out;

    @BeforeAll
    static void probeThroughTheLocalApi() {
        assumeTrue(LabTestSupport.canSimulate(), LabTestSupport.SKIP_REASON);
        var options = new LabOptions(
                1,
                1,
                true,
                LabOptions.NetworkMode.NAMESPACES,
                out,
                LabOptions.DEFAULT_FUNCTION_TIMEOUT,
                LabOptions.FunctionRuntime.RIC,
                null,
                false);
        var progress = new ByteArrayOutputStream();
        var printed = new ByteArrayOutputStream();
        try {
            lab = ReadinessLab.run(
                    options,
                    CONNECT_TIMEOUT_MS,
                    new PrintStream(progress, true, StandardCharsets.UTF_8),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
        } finally {
            System.out.print(progress.toString(StandardCharsets.UTF_8));
        }
        report = printed.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        vpc = lab.outcome().vpc();
        control = lab.outcome().control();
    }

    @Test
    void client_whenRunThroughTheLocalApi_printsAndWritesItsReport() throws Exception {
        assertTrue(report.contains("Not ready: 2 destinations need it:"), report);
        assertEquals(ReadinessCommand.EXIT_NOT_READY, lab.outcome().exitCode());
        assertTrue(Files.readString(out.resolve("readiness.md")).contains("NEEDS NAT OR ENDPOINT"));
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
        DestinationResult result = lab.vpc(kind);

        assertEquals(kind.vpcVerdict(), result.verdict(), kind + ": " + result.reason());
    }

    @ParameterizedTest
    @EnumSource(DestinationKind.class)
    void public_whenDestinationOfEachKind_connectsOverIpv4UnlessNoDns(DestinationKind kind) {
        DestinationResult result = lab.control(kind);

        assertEquals(
                kind.publicConnects(), result.probe().connected(ConnectAttempt.IPV4), kind + ": " + result.reason());
    }

    @Test
    void vpc_whenDualStack_connectsOverIpv6AndGetsTheStatus() {
        DestinationResult result = lab.vpc(DestinationKind.DUAL_STACK);

        assertEquals(
                ConnectOutcome.CONNECTED,
                result.probe().attempt(ConnectAttempt.IPV6).outcome());
        assertEquals(200, result.probe().httpStatus());
    }

    @Test
    void vpc_whenIpv4Only_theConnectHangsUntilItsTimeout() {
        ConnectAttempt v4 = lab.vpc(DestinationKind.IPV4_ONLY).probe().attempt(ConnectAttempt.IPV4);

        assertEquals(ConnectOutcome.TIMED_OUT, v4.outcome());
        assertTrue(v4.ms() >= CONNECT_TIMEOUT_MS - 50, "returned after " + v4.ms() + " ms: refused, not dropped?");
    }

    @Test
    void vpc_whenAaaaBlackHoles_ipv6TimesOut() {
        ConnectAttempt v6 = lab.vpc(DestinationKind.SILENT_AAAA).probe().attempt(ConnectAttempt.IPV6);

        assertNotNull(v6);
        assertEquals(ConnectOutcome.TIMED_OUT, v6.outcome());
    }

    @Test
    void public_whenDualStack_ipv6IsUnreachableAtOnce() {
        ConnectAttempt v6 = lab.control(DestinationKind.DUAL_STACK).probe().attempt(ConnectAttempt.IPV6);

        assertEquals(ConnectOutcome.UNREACHABLE, v6.outcome());
        assertTrue(v6.ms() < CONNECT_TIMEOUT_MS / 2.0, v6.ms() + " ms");
        assertEquals(
                Verdict.NEEDS_NAT_OR_ENDPOINT,
                lab.control(DestinationKind.DUAL_STACK).verdict());
    }
}
