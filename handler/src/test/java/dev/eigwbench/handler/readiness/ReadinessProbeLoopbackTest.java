package dev.eigwbench.handler.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.eigwbench.common.lambda.LocalContext;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.readiness.ConnectAttempt;
import dev.eigwbench.common.readiness.ConnectOutcome;
import dev.eigwbench.common.readiness.DestinationList;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.common.readiness.Verdict;
import dev.eigwbench.handler.net.DestinationGuard;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The probe with real sockets against real HTTP servers on loopback. Only the names are the test's: a resolver
 * answers each test name with loopback literals (::1 standing for a reachable AAAA, 127.0.0.1 for an A), and
 * port 443 of the AWS service names is mapped to the test server's port. The black-holed kinds (timeouts) need
 * network namespaces: ReadinessNamespaceTest in the lab.
 */
class ReadinessProbeLoopbackTest {
    private static HttpServer dualV6;
    private static HttpServer dualV4;
    private static HttpServer v4Only;
    private static int dualPort;
    private static int v4OnlyPort;
    private static int closedPort;

    /** Every address dialled, to prove blocked ones never are. */
    private final List<InetSocketAddress> dialled = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        dualV6 = server("::1", 0);
        dualPort = dualV6.getAddress().getPort();
        dualV4 = server("127.0.0.1", dualPort);
        v4Only = server("127.0.0.1", 0);
        v4OnlyPort = v4Only.getAddress().getPort();
        try (var probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = probe.getLocalPort(); // closed again before use: connects are refused
        }
    }

    @AfterAll
    static void stop() {
        dualV6.stop(0);
        dualV4.stop(0);
        v4Only.stop(0);
    }

    private static HttpServer server(String literal, int port) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(literal), port), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                int status = exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200;
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
        return server;
    }

    private Network network() {
        Map<String, List<String>> names = Map.of(
                "dual.test", List.of("::1", "127.0.0.1"),
                "v4only.test", List.of("127.0.0.1"),
                "silent-aaaa.test", List.of("::1", "127.0.0.1"),
                "metadata.test", List.of("169.254.169.254", "fd00:ec2::254"),
                "sts.us-east-1.amazonaws.com", List.of("127.0.0.1"),
                "s3.us-east-1.amazonaws.com", List.of("127.0.0.1"),
                "lambda.us-east-1.api.aws", List.of("::1", "127.0.0.1"));
        Network system = Network.system();
        return new Network() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                List<String> literals = names.get(host);
                if (literals == null) {
                    throw new UnknownHostException(host);
                }
                var addresses = new ArrayList<InetAddress>();
                for (String literal : literals) {
                    addresses.add(InetAddress.getByName(literal));
                }
                return addresses.toArray(InetAddress[]::new);
            }

            @Override
            public Socket connect(InetSocketAddress address, Duration timeout) throws IOException {
                dialled.add(address);
                int port = address.getPort() == 443 ? dualPort : address.getPort();
                return system.connect(new InetSocketAddress(address.getAddress(), port), timeout);
            }
        };
    }

    private ReadinessResult run(List<String> destinations, LocalContext context) {
        var specs = DestinationList.parse(destinations, "us-east-1", "destinations", i -> "destinations[" + i + "]");
        return new ReadinessProbe(network(), address -> DestinationGuard.refusal(address, true))
                .run(new ReadinessRequest(specs, Duration.ofSeconds(1)), "vpc", "us-east-1", context);
    }

    private DestinationResult only(String destination) {
        ReadinessResult result = run(List.of(destination), LocalContext.withRemaining(Duration.ofMinutes(1)));
        assertEquals(RunStatus.COMPLETE, result.status());
        return result.destinations().get(0);
    }

    @Test
    void run_whenDualStackUrlAnswersOverIpv6_worksWithoutNatWithStatus() {
        DestinationResult result = only("http://dual.test:" + dualPort + "/health");

        assertEquals(Verdict.WORKS_WITHOUT_NAT, result.verdict(), result.reason());
        assertEquals(List.of("::1"), result.probe().dns().ipv6());
        assertEquals(List.of("127.0.0.1"), result.probe().dns().ipv4());
        assertEquals(
                ConnectOutcome.CONNECTED,
                result.probe().attempt(ConnectAttempt.IPV6).outcome());
        assertEquals(
                ConnectOutcome.CONNECTED,
                result.probe().attempt(ConnectAttempt.IPV4).outcome());
        assertEquals(200, result.probe().httpStatus());
    }

    @Test
    void run_whenUrlAnswers404_reportsTheStatus() {
        DestinationResult result = only("http://dual.test:" + dualPort + "/missing");

        assertEquals(404, result.probe().httpStatus());
        assertTrue(result.reason().contains("HTTP 404"), result.reason());
    }

    @Test
    void run_whenIpv4Only_needsNat() {
        DestinationResult result = only("v4only.test:" + v4OnlyPort);

        assertEquals(Verdict.NEEDS_NAT_OR_ENDPOINT, result.verdict(), result.reason());
        assertTrue(result.reason().contains("no AAAA record"), result.reason());
    }

    @Test
    void run_whenAaaaRefuses_needsNatSayingRefused() {
        DestinationResult result = only("silent-aaaa.test:" + v4OnlyPort);

        assertEquals(Verdict.NEEDS_NAT_OR_ENDPOINT, result.verdict(), result.reason());
        assertEquals(
                ConnectOutcome.REFUSED,
                result.probe().attempt(ConnectAttempt.IPV6).outcome());
    }

    @Test
    void run_whenNoDnsAnswer_unreachable() {
        DestinationResult result = only("https://nowhere.test/");

        assertEquals(Verdict.UNREACHABLE, result.verdict(), result.reason());
        assertTrue(
                result.probe().dns().error().equals("no A or AAAA record"),
                result.probe().dns().error());
    }

    @Test
    void run_whenNothingListens_unreachable() {
        DestinationResult result = only("dual.test:" + closedPort);

        assertEquals(Verdict.UNREACHABLE, result.verdict(), result.reason());
    }

    @Test
    void run_whenNameResolvesToInstanceMetadata_neverDialsIt() {
        DestinationResult result = only("http://metadata.test/latest/meta-data/");

        assertEquals(Verdict.UNREACHABLE, result.verdict(), result.reason());
        assertEquals(
                ConnectOutcome.BLOCKED,
                result.probe().attempt(ConnectAttempt.IPV4).outcome());
        assertEquals(
                ConnectOutcome.BLOCKED,
                result.probe().attempt(ConnectAttempt.IPV6).outcome());
        assertTrue(dialled.isEmpty(), dialled.toString());
    }

    @Test
    void run_whenHttpsToAPlainServer_reportsTheTlsFailure() {
        DestinationResult result = only("https://dual.test:" + dualPort + "/");

        assertFalse(result.probe().tls().ok());
        assertEquals("IPv6", result.probe().tls().family());
        assertTrue(result.reason().contains("TLS failed"), result.reason());
    }

    @Test
    void run_whenServiceHasNoDualStackName_probesItsIpv4EndpointAndNeedsAnInterfaceEndpoint() {
        DestinationResult result = only("sts");

        assertEquals("sts.us-east-1.api.aws", result.probe().host());
        assertEquals("sts.us-east-1.amazonaws.com", result.ipv4Endpoint().host());
        assertEquals(Verdict.NEEDS_NAT_OR_ENDPOINT, result.verdict(), result.reason());
    }

    @Test
    void run_whenS3OnlyOverIpv4_worksThroughTheGatewayEndpoint() {
        DestinationResult result = only("s3");

        assertEquals(Verdict.WORKS_WITHOUT_NAT, result.verdict(), result.reason());
        assertTrue(result.reason().contains("gateway endpoint"), result.reason());
    }

    @Test
    void run_whenServiceDualStackAnswersOverIpv6_worksWithoutProbingIpv4Endpoint() {
        DestinationResult result = only("lambda");

        assertEquals(Verdict.WORKS_WITHOUT_NAT, result.verdict(), result.reason());
        assertNull(result.ipv4Endpoint());
    }

    @Test
    void run_whenTooLittleLambdaTimeLeft_answersPartialWithoutVerdicts() {
        ReadinessResult result = run(
                List.of("dual.test:" + dualPort, "v4only.test:" + v4OnlyPort),
                LocalContext.withRemaining(Duration.ofMillis(1200)));

        assertEquals(RunStatus.PARTIAL, result.status());
        assertEquals(2, result.destinations().size());
        assertNull(result.destinations().get(1).verdict());
        assertTrue(
                result.warnings().get(0).contains("Lambda time budget"),
                result.warnings().toString());
    }
}
