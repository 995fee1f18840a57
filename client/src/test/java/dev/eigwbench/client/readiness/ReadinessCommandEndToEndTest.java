package dev.eigwbench.client.readiness;

import static dev.eigwbench.client.readiness.ReadinessFixtures.readiness;
import static dev.eigwbench.client.readiness.ReadinessFixtures.result;
import static dev.eigwbench.client.readiness.ReadinessFixtures.v6;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.client.ClientException;
import dev.eigwbench.client.CommandRun;
import dev.eigwbench.client.Main;
import dev.eigwbench.client.stub.FakeAwsServer;
import dev.eigwbench.client.stub.FakeStack;
import dev.eigwbench.common.readiness.ConnectOutcome;
import dev.eigwbench.common.readiness.DestinationResult;
import dev.eigwbench.common.readiness.ReadinessResult;
import dev.eigwbench.common.readiness.Verdict;
import dev.eigwbench.handler.output.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole {@code readiness} command, in process, through the real SDK clients against the loopback Lambda,
 * CloudFormation and CloudWatch stubs. The functions answer with results written by the handler's own JSON writer.
 * One class: every case is the same command against the same stack, answers and traffic helpers.
 */
class ReadinessCommandEndToEndTest {
    private static final String NAT_A = "nat-0123456789abcdef0";
    private static final String NAT_B = "nat-0fedcba9876543210";
    private static final String VPC = "vpc-0123456789abcdef0";
    private static final double GIB = 1024d * 1024 * 1024;
    /** {@link #hundredGbThroughBothGateways}, priced: hours 2 × 730 × $0.05 = $73.00; 100 GB × $0.045 = $4.50. */
    private static final String HUNDRED_GB_PRICED = "Your 2 NAT gateways processed 100.00 GB in the last 30 days:"
            + " $77.50 a month ($73.00 hours incl. public IPv4 + $4.50 processing)";

    @RegisterExtension
    final FakeStack stack = new FakeStack();

    @TempDir
    Path dir;

    private FakeAwsServer aws;
    private final AtomicReference<JsonNode> vpcEvent = new AtomicReference<>();

    @BeforeEach
    void aws() {
        aws = stack.aws();
    }

    /** vpc: the API works over IPv6, sts has no dual-stack name, the partner API is IPv4-only and black-holed. */
    private void mixedAnswers() {
        answer("eigw-vpc", ReadinessFixtures.mixedVpcAnswer());
        answer("eigw-public", ReadinessFixtures.mixedPublicAnswer());
    }

    /** Both functions reach the API over IPv6: ready. */
    private void apiWorksEverywhere() {
        DestinationResult api =
                ReadinessFixtures.api(Verdict.WORKS_WITHOUT_NAT, "reachable over IPv6", v6(ConnectOutcome.CONNECTED));
        answer("eigw-vpc", readiness("vpc", List.of(api)));
        answer("eigw-public", readiness("public", List.of(api)));
    }

    /** 100 GB processed: NAT_A 40 + 50 GB yesterday, NAT_B 10 GB the day before. */
    private void hundredGbThroughBothGateways() {
        long day = yesterday();
        aws.cloudWatch().put(NAT_A, "BytesInFromSource", day, 40 * GIB);
        aws.cloudWatch().put(NAT_A, "BytesInFromDestination", day, 50 * GIB);
        aws.cloudWatch().put(NAT_B, "BytesInFromSource", day - 86_400, 10 * GIB);
    }

    /** Yesterday's midnight (UTC), in epoch seconds: inside any window of whole days. */
    private static long yesterday() {
        return Instant.now().truncatedTo(ChronoUnit.DAYS).getEpochSecond() - 86_400;
    }

    private void answer(String function, ReadinessResult result) {
        String payload = Json.write(result);
        aws.lambda().answerWith(function, event -> {
            if (function.equals("eigw-vpc")) vpcEvent.set(event);
            return payload;
        });
    }

    private CommandRun run(String... extra) {
        return CommandRun.of(args(extra));
    }

    private List<String> args(String... extra) {
        List<String> args = stack.args("readiness", dir);
        args.addAll(List.of("--region", "us-east-1", "--stack", FakeStack.NAME));
        args.addAll(List.of(extra));
        return args;
    }

    private static final String[] MIXED = {
        "--url",
        "https://api.example.com/health",
        "--service",
        "sts",
        "--host",
        "partner.example.com:443",
        "--service",
        "s3"
    };

    @Test
    void readiness_whenSomeNeedNat_exitsNotReadyNamingThemWithPricedAlternatives() throws Exception {
        mixedAnswers();

        CommandRun run = run(MIXED);

        assertEquals(ReadinessCommand.EXIT_NOT_READY, run.exitCode(), run.stderr());
        assertTrue(
                run.stdout().contains("Not ready: 2 destinations need it: sts, partner.example.com:443."),
                run.stdout());
        assertTrue(run.stdout().contains("WORKS WITHOUT NAT      https://api.example.com/health"), run.stdout());
        assertTrue(run.stdout().contains("public function reaches it over IPv4"), run.stdout());
        // 2 AZs × 730 h × $0.01 + 10 GB × $0.01 = $14.70; 2 × 730 × ($0.045 + $0.005) + 100 GB × $0.045 = $77.50
        assertTrue(
                run.stdout().contains("interface endpoint com.amazonaws.us-east-1.sts in 2 AZs, $14.70"), run.stdout());
        assertTrue(run.stdout().contains("keep 2 NAT gateways (or ask the provider for IPv6), $77.50"), run.stdout());
        var event = vpcEvent.get().path("readiness").path("destinations");
        assertEquals(4, event.size());
        assertEquals("https://api.example.com/health", event.get(0).asText());

        String md = Files.readString(dir.resolve("readiness.md"));
        assertTrue(md.contains("| sts | NEEDS NAT OR ENDPOINT |"), md);
        assertTrue(md.contains("sts.us-east-1.amazonaws.com A 192.0.2.10 AAAA none, IPv4 connected"), md);
        String html = Files.readString(dir.resolve("readiness.html"));
        assertTrue(html.contains("<td class=\"NEEDS_NAT_OR_ENDPOINT\">NEEDS NAT OR ENDPOINT</td>"), html);
        JsonNode json =
                new ObjectMapper().readTree(dir.resolve("readiness.json").toFile());
        assertEquals(false, json.get("ready").asBoolean());
        var parameterNames = new ArrayList<String>();
        json.get("parameters").fieldNames().forEachRemaining(parameterNames::add);
        assertEquals(
                List.of("vpc function", "public function (control)", "functions from", "region", "destinations"),
                parameterNames,
                "parameters in the order the text report lists them, the same on every run");
        assertEquals(
                "WORKS_WITHOUT_NAT",
                json.get("destinations").get(2).get("verdict").asText());
        assertEquals(Files.readString(dir.resolve("readiness.txt")), run.stdout());
    }

    @Test
    void readiness_whenEveryDestinationWorks_exitsZeroSafeToRemove() {
        apiWorksEverywhere();

        CommandRun run = run("--url", "https://api.example.com/health");

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("Ready: safe to remove the NAT for these 1 destination."), run.stdout());
    }

    @Test
    void readiness_whenNeitherFunctionConnects_unreachableEitherWay() {
        DestinationResult vpc = ReadinessFixtures.ipv4OnlyHost(
                "down.example.com",
                ConnectOutcome.TIMED_OUT,
                Verdict.NEEDS_NAT_OR_ENDPOINT,
                "IPv4 does not answer from this network");
        DestinationResult control = ReadinessFixtures.ipv4OnlyHost(
                "down.example.com", ConnectOutcome.REFUSED, Verdict.UNREACHABLE, "nothing answers");
        answer("eigw-vpc", readiness("vpc", List.of(vpc)));
        answer("eigw-public", readiness("public", List.of(control)));

        CommandRun run = run("--host", "down.example.com:443");

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("UNREACHABLE            down.example.com:443"), run.stdout());
        assertTrue(run.stdout().contains("neither function connects"), run.stdout());
    }

    @Test
    void readiness_whenNatGatewayIds_readsCloudWatchAndStatesTheSaving() throws Exception {
        mixedAnswers();
        hundredGbThroughBothGateways();
        aws.cloudWatch().put(NAT_B, "BytesOutToDestination", yesterday(), 999 * GIB); // not a processing metric

        CommandRun run = run(concat(MIXED, "--nat-gateway-id", NAT_A, "--nat-gateway-id", NAT_B));

        // 100 GB over 30 days; hours 2 × 730 × $0.05 = $73.00; processing 100 × $0.045 = $4.50;
        // alternatives: sts endpoint $14.70 + kept NAT (2 × 730 × $0.05 + 100 GB × $0.045 = $77.50) = $92.20
        assertTrue(run.stdout().contains(HUNDRED_GB_PRICED), run.stdout());
        assertTrue(
                run.stdout().contains("Monthly saving: $-14.70 after $92.20 for the alternatives above"), run.stdout());
        Map<String, Object> request = aws.cloudWatch().requests().get(0);
        @SuppressWarnings("unchecked")
        var queries = (List<Map<String, Object>>) request.get("MetricDataQueries");
        assertEquals(4, queries.size());
        assertTrue(queries.toString().contains("MetricName=BytesInFromSource"), queries.toString());
        assertTrue(queries.toString().contains("Period=86400"), queries.toString());
        assertEquals(4, aws.cloudWatch().requests().size(), "the stub pages one result at a time");
        String md = Files.readString(dir.resolve("readiness.md"));
        assertTrue(md.contains("| " + NAT_A + " | 90.00 | 1 |"), md);
    }

    @Test
    void readiness_whenReadyAndNatGatewayIds_savesTheWholeNatCost() {
        apiWorksEverywhere();
        aws.cloudWatch().put(NAT_A, "BytesInFromSource", yesterday(), 300 * GIB);

        CommandRun run = run("--url", "https://api.example.com/health", "--nat-gateway-id", NAT_A);

        // 1 × 730 × $0.05 = $36.50 + 300 GB × $0.045 = $13.50
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("Monthly saving: $50.00 (prices as of"), run.stdout());
    }

    @Test
    void check_whenTheVpcFunctionFails_throwsItsOwnErrorNotTheFuturesWrapper() {
        mixedAnswers();
        aws.lambda().failNext("eigw-vpc", 1);
        var command = new ReadinessCommand();
        var sink = new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<String> args = args(MIXED);
        new CommandLine(command)
                .setOut(sink)
                .setErr(sink)
                .parseArgs(args.subList(1, args.size()).toArray(String[]::new));

        // the lab calls check() directly, without the command line's error handler to unwrap it
        ClientException e = assertThrows(ClientException.class, command::check);

        assertTrue(e.getMessage().contains("eigw-vpc:live failed (Unhandled)"), e.getMessage());
    }

    @Test
    void readiness_whenVpcId_pricesItsAvailableNatGatewaysFoundThroughEc2() throws Exception {
        mixedAnswers();
        aws.ec2().putNatGateway(NAT_A, VPC, "available");
        aws.ec2().putNatGateway("nat-0aaaaaaaaaaaaaaa1", "vpc-0ffffffffffffffff", "available"); // another VPC
        aws.ec2().putNatGateway("nat-0bbbbbbbbbbbbbbb2", VPC, "deleted"); // costs nothing any more
        aws.ec2().putNatGateway(NAT_B, VPC, "available");
        hundredGbThroughBothGateways();
        aws.cloudWatch().put("nat-0aaaaaaaaaaaaaaa1", "BytesInFromSource", yesterday(), 500 * GIB);

        CommandRun run = run(concat(MIXED, "--vpc-id", VPC));

        // the same gateways and numbers as --nat-gateway-id NAT_A --nat-gateway-id NAT_B
        assertEquals(ReadinessCommand.EXIT_NOT_READY, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains(HUNDRED_GB_PRICED), run.stdout());
        assertTrue(
                run.stderr().contains("found 2 NAT gateway(s) in " + VPC + ": " + NAT_A + ", " + NAT_B), run.stderr());
        var ec2Requests = aws.ec2().requests();
        assertEquals(2, ec2Requests.size(), "the stub pages one gateway at a time: " + ec2Requests);
        Map<String, String> first = ec2Requests.get(0);
        assertEquals("DescribeNatGateways", first.get("Action"));
        assertEquals("vpc-id", first.get("Filter.1.Name"));
        assertEquals(VPC, first.get("Filter.1.Value.1"));
        assertEquals("state", first.get("Filter.2.Name"));
        assertEquals("available", first.get("Filter.2.Value.1"));
        assertEquals("1", ec2Requests.get(1).get("NextToken"));
        String queries =
                aws.cloudWatch().requests().get(0).get("MetricDataQueries").toString();
        assertTrue(queries.contains(NAT_A) && queries.contains(NAT_B), queries);
        assertFalse(queries.contains("nat-0aaaaaaaaaaaaaaa1"), queries);
        String md = Files.readString(dir.resolve("readiness.md"));
        assertTrue(md.contains("(all available in " + VPC + ")"), md);
    }

    @Test
    void readiness_whenVpcHasNoNatGateway_saysSoBeforeInvoking() {
        mixedAnswers();
        aws.ec2().putNatGateway(NAT_A, "vpc-0ffffffffffffffff", "available");

        CommandRun run = run(concat(MIXED, "--vpc-id", VPC));

        assertEquals(Main.EXIT_USAGE, run.exitCode(), run.stderr());
        assertTrue(
                run.stderr()
                        .contains("--vpc-id " + VPC + " has no available NAT gateway in us-east-1: nothing to"
                                + " price"),
                run.stderr());
        assertFalse(run.stderr().contains("\tat "), run.stderr());
        assertTrue(
                aws.requests().stream().noneMatch(r -> r.contains("/invocations")),
                aws.requests().toString());
        assertTrue(aws.cloudWatch().requests().isEmpty());
    }

    private static String[] concat(String[] first, String... more) {
        var all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
