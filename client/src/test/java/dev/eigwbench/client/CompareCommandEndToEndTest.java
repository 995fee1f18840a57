package dev.eigwbench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.client.stub.FakeAwsServer;
import dev.eigwbench.client.stub.FakeStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole {@code compare} command, in process, against the loopback Lambda and CloudFormation fakes. One class:
 * every case is the same command against the same stack, through the same run helpers.
 */
class CompareCommandEndToEndTest {
    private static final String STACK = FakeStack.NAME;

    @RegisterExtension
    final FakeStack stack = new FakeStack();

    @TempDir
    Path dir;

    private FakeAwsServer aws;

    @BeforeEach
    void aws() {
        aws = stack.aws();
    }

    private CommandRun run(String... extra) {
        var args = new ArrayList<>(List.of("--iterations", "5"));
        args.addAll(List.of(extra));
        if (!args.contains("--region")) args.addAll(List.of("--region", "us-east-1"));
        return runExactly(args);
    }

    /** {@link #run} with the functions named on the command line instead of by the stack's outputs. */
    private CommandRun runNamed(String... extra) {
        var args = new ArrayList<>(
                List.of("--vpc-function", FakeStack.VPC_FUNCTION, "--public-function", FakeStack.PUBLIC_FUNCTION));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    /** The command with only the test's endpoint, timing and output options added: no region, no iterations. */
    private CommandRun runExactly(List<String> extra) {
        List<String> args = stack.args("compare", dir);
        args.addAll(List.of("--poll-interval-ms", "20", "--name", "run"));
        args.addAll(extra);
        return CommandRun.of(args);
    }

    /** The outputs file `cdk deploy --outputs-file` wrote for the stack; its ARNs are in us-east-1. */
    private static Path outputsFile() throws Exception {
        return Path.of(CompareCommandEndToEndTest.class
                .getResource("/cdk-outputs.json")
                .toURI());
    }

    private String file(String name) throws Exception {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(file("run.json"));
    }

    @Test
    void compare_whenStackDeployed_writesEveryFormatWithColdAndWarmApart() throws Exception {
        CommandRun run =
                run("--stack", STACK, "--invocations", "3", "--cold-starts", "1", "--monthly-traffic-gb", "50");
        assertEquals(0, run.exitCode(), run.stderr());

        assertTrue(run.stdout().contains("Cold starts (ms)"), run.stdout());
        assertTrue(run.stdout().contains("Warm invocations (ms)"), run.stdout());
        assertEquals(run.stdout(), file("run.txt"));

        String md = file("run.md");
        assertTrue(md.contains("| fill database (dynamodb-put) | vpc | 3 | 15 | 0 |"), md);
        assertTrue(md.contains("| start-up (Init or Restore Duration) | vpc | 1 | - | - | 452.60 |"), md);
        assertTrue(md.contains("| data processed (50 GB × $0.045) | $2.25 | $0.00 |"), md);
        assertTrue(md.contains("executed version 2"), md);

        JsonNode json = json();
        assertEquals(8, json.path("records").size());
        long cold = StreamSupport.stream(json.path("records").spliterator(), false)
                .filter(r -> r.path("coldStart").asBoolean())
                .count();
        assertEquals(2, cold, "one forced cold start per function");
        assertEquals(
                452.6,
                json.path("records")
                        .get(0)
                        .path("lambdaReport")
                        .path("restoreDurationMs")
                        .asDouble());

        String html = file("run.html");
        assertTrue(html.contains("<svg "), "charts");
        assertTrue(html.contains("Warm invocations: per-call latency (ms)"), "warm chart");
    }

    @Test
    void compare_whenColdAndWarmRuns_invokesInAbbaOrder() {
        CommandRun run = run("--stack", STACK, "--invocations", "4", "--cold-starts", "2");
        assertEquals(0, run.exitCode(), run.stderr());
        var order = Pattern.compile("^\\[(vpc|public) +(cold|warm) \\d+/\\d+\\] \\d+/", Pattern.MULTILINE)
                .matcher(run.stderr())
                .results()
                .map(m -> m.group(2) + " " + m.group(1))
                .toList();
        assertEquals(
                List.of(
                        "cold vpc",
                        "cold public",
                        "cold public",
                        "cold vpc",
                        "warm vpc",
                        "warm public",
                        "warm public",
                        "warm vpc",
                        "warm vpc",
                        "warm public",
                        "warm public",
                        "warm vpc"),
                order,
                run.stderr());
    }

    @Test
    void compare_whenMinEffectGiven_judgesByItAndHintsWithClientOptions() throws Exception {
        CommandRun run = run("--stack", STACK, "--invocations", "4", "--cold-starts", "1", "--min-effect-ms", "50");
        assertEquals(0, run.exitCode(), run.stderr());
        String md = file("run.md");
        assertTrue(md.contains("the larger of 50 ms and 10 % of the metric's median"), md);
        assertTrue(md.contains("no meaningful difference (within ±50.00 ms)"), md);
        assertFalse(md.contains("VPC slower by"), md);
        assertTrue(
                md.contains("needs 4 cold invocations of each function (has 1 and 1); run with `--cold-starts 4`"), md);
    }

    @Test
    void compare_whenColdStartsForced_movesEachAliasToANewVersion() {
        assertEquals(
                0,
                run("--stack", STACK, "--invocations", "1", "--cold-starts", "1")
                        .exitCode());
        assertEquals("2", aws.lambda().aliasVersion("eigw-vpc", "live"));
        assertEquals("2", aws.lambda().aliasVersion("eigw-public", "live"));
    }

    @Test
    void compare_whenFunctionErrors_exitsOneAndReportsTheFailure() throws Exception {
        aws.lambda().failNext("eigw-vpc", 1);
        CommandRun run = run("--stack", STACK, "--invocations", "2");
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("error: 1 invocation(s) failed"), run.stderr());
        assertTrue(
                file("run.md")
                        .contains("- vpc #0 (cold): Unhandled java.lang.IllegalStateException: TABLE_NAME is not set"),
                file("run.md"));
    }

    @Test
    void compare_whenOutputsFileAndJsonLogs_readsReportRecords() throws Exception {
        aws.lambda().useJsonLogs("eigw-vpc");
        aws.lambda().useJsonLogs("eigw-public");
        Path outputs = outputsFile();
        CommandRun run = run("--outputs-file", outputs.toString(), "--invocations", "2");
        assertEquals(0, run.exitCode(), run.stderr());
        for (JsonNode record : json().path("records")) {
            assertEquals(1024, record.path("lambdaReport").path("memorySizeMB").asInt(1024));
            assertTrue(record.path("lambdaReport").path("billedDurationMs").asDouble() > 0, record.toString());
        }
    }

    @Test
    void compare_whenConcurrent_invokesEveryPlannedRun() throws Exception {
        CommandRun run = runNamed("--invocations", "4", "--concurrency", "3");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(8, json().path("records").size());
        assertEquals(4, aws.lambda().invocations("eigw-vpc"));
    }

    @Test
    void compare_whenRegionHasNoDefaultPrices_saysWhichPricesWereUsed() throws Exception {
        CommandRun run = runNamed("--invocations", "1", "--region", "eu-north-1");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(file("run.md").contains("No default prices for region eu-north-1: us-east-1 prices used"));
    }

    @Test
    void compare_whenStackMissing_exitsThreeWithOneActionableLine() {
        CommandRun run = run("--stack", "Nope");
        assertEquals(Main.EXIT_CLIENT_ERROR, run.exitCode());
        assertTrue(run.stderr().startsWith("error: stack 'Nope' not found"), run.stderr());
        assertEquals(1, run.stderr().lines().filter(l -> l.startsWith("error:")).count(), run.stderr());
        assertFalse(run.stderr().contains("\tat "), "no stack trace");
    }

    @Test
    void compare_whenProfileHasNoCredentials_saysHowToConfigureThem() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty-aws-config"));
        System.setProperty("aws.configFile", empty.toString());
        System.setProperty("aws.sharedCredentialsFile", empty.toString());
        try {
            CommandRun run = run("--stack", STACK, "--profile", "nobody");
            assertEquals(Main.EXIT_CLIENT_ERROR, run.exitCode());
            assertTrue(run.stderr().startsWith("error: no usable AWS credentials"), run.stderr());
            assertTrue(run.stderr().contains("aws sso login"), run.stderr());
        } finally {
            System.clearProperty("aws.configFile");
            System.clearProperty("aws.sharedCredentialsFile");
        }
    }

    @Test
    void compare_whenUnknownStep_exitsTwoNamingTheOption() {
        CommandRun run = run("--stack", STACK, "--steps", "dynamodb-put,ftp-get");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.stderr().startsWith("error: --steps: unknown step 'ftp-get'"), run.stderr());
    }

    @Test
    void compare_whenFunctionRejectsEvent_stopsAtFirstInvocationNamingTheOption() {
        CommandRun run = run("--stack", STACK, "--invocations", "5", "--url", "ftp://example.com");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(
                run.stderr()
                        .contains("error: the vpc function rejected the event: url must be an absolute http or https"
                                + " URL, got 'ftp://example.com' (set it with --url)"),
                run.stderr());
        assertEquals(1, aws.lambda().invocations("eigw-vpc") + aws.lambda().invocations("eigw-public"));
    }

    @Test
    void compare_whenIterationsNotGiven_sendsNoneSoTheDeploymentsValueApplies() {
        CommandRun run = runExactly(List.of("--stack", STACK, "--invocations", "1", "--region", "us-east-1"));
        assertEquals(0, run.exitCode(), run.stderr());
        for (String function : List.of("eigw-vpc", "eigw-public")) {
            var events = aws.lambda().events(function);
            assertEquals(1, events.size(), events.toString());
            assertFalse(events.get(0).has("iterations"), events.toString());
        }
    }

    @Test
    void compare_whenIterationsGiven_sendsThem() {
        CommandRun run = runExactly(
                List.of("--stack", STACK, "--invocations", "1", "--iterations", "7", "--region", "us-east-1"));
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(
                7, aws.lambda().events("eigw-vpc").get(0).path("iterations").asInt());
    }

    @Test
    void help_forIterations_saysTheDeploymentsValueIsTheDefault() {
        CommandRun run = runExactly(List.of("--help"));
        String help = run.stdout().replaceAll("\\s+", " ");
        assertTrue(
                help.contains("--iterations=<iterations> Calls per step in each invocation (default: the"
                        + " deployment's, CDK context iterations: the event then leaves it out)."),
                help);
    }

    @Test
    void compare_whenOutputsFileMissingAndNoRegion_saysTheFileIsMissing() {
        Path missing = dir.resolve("cdk-outputs.json");
        CommandRun run = withoutRegion(() -> runExactly(List.of("--outputs-file", missing.toString())));
        assertEquals(Main.EXIT_CLIENT_ERROR, run.exitCode(), run.stderr());
        assertTrue(run.stderr().startsWith("error: --outputs-file " + missing + " does not exist"), run.stderr());
        assertEquals(0, aws.lambda().invocations("eigw-vpc"));
    }

    @Test
    void compare_whenOutputsFileTruncatedAndNoRegion_saysItIsCutOff() throws Exception {
        Path cut = Files.writeString(dir.resolve("cut-outputs.json"), "{\"EigwBenchTest\": {\"VpcFunctionAliasArn\":");
        CommandRun run = withoutRegion(() -> runExactly(List.of("--outputs-file", cut.toString())));
        assertEquals(Main.EXIT_CLIENT_ERROR, run.exitCode(), run.stderr());
        assertTrue(run.stderr().startsWith("error: --outputs-file " + cut + " is cut off"), run.stderr());
        assertTrue(run.stderr().strip().endsWith("or pass the file that command wrote"), run.stderr());
    }

    @Test
    void compare_whenNoRegionGiven_callsTheRegionInTheFunctionsArns() throws Exception {
        Path outputs = outputsFile();
        CommandRun run =
                withoutRegion(() -> runExactly(List.of("--outputs-file", outputs.toString(), "--invocations", "1")));
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains(" in us-east-1, functions from outputs file"), run.stderr());
        assertEquals(1, aws.lambda().invocations("eigw-vpc"));
    }

    @Test
    void compare_whenRegionDisagreesWithTheArns_failsNamingBoth() throws Exception {
        Path outputs = outputsFile();
        CommandRun run = run("--outputs-file", outputs.toString(), "--region", "eu-west-1");
        assertEquals(Main.EXIT_USAGE, run.exitCode(), run.stderr());
        assertTrue(
                run.stderr().contains("--region eu-west-1 disagrees with the functions' ARNs in outputs file"),
                run.stderr());
        assertTrue(run.stderr().contains("which are in us-east-1: pass --region us-east-1"), run.stderr());
        assertEquals(0, aws.lambda().invocations("eigw-vpc") + aws.lambda().invocations("eigw-public"));
    }

    /**
     * Runs without --region, the aws.region property or a profile region. (An AWS_REGION in the environment changes
     * nothing here: the file is checked first, and the ARNs' region wins over the SDK's chain.)
     */
    private CommandRun withoutRegion(Supplier<CommandRun> command) {
        String configFile = System.getProperty("aws.configFile");
        try {
            System.clearProperty("aws.region");
            System.setProperty("aws.configFile", dir.resolve("no-aws-config").toString());
            return command.get();
        } finally {
            if (configFile == null) {
                System.clearProperty("aws.configFile");
            } else {
                System.setProperty("aws.configFile", configFile);
            }
        }
    }

    @Test
    void compare_whenOnlyOneFunctionGiven_asksForBoth() {
        CommandRun run = run("--vpc-function", "eigw-vpc");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.stderr().contains("pass both --vpc-function and --public-function"), run.stderr());
    }
}
