package dev.eigwbench.client.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.client.CommandRun;
import dev.eigwbench.client.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad destination lists are rejected before any AWS call (the endpoint is a closed port: a call would fail
 * differently), with one line naming the entry and where it came from.
 */
class ReadinessBadInputTest {
    @TempDir
    Path dir;

    private CommandRun run(String... extra) {
        var args = new ArrayList<>(List.of(
                "readiness",
                "--endpoint-url",
                "http://127.0.0.1:9",
                "--region",
                "us-east-1",
                "--vpc-function",
                "a",
                "--public-function",
                "b",
                "--out",
                dir.toString()));
        args.addAll(List.of(extra));
        return CommandRun.of(args);
    }

    private static void assertOneClearLine(CommandRun run, String expected) {
        assertEquals(Main.EXIT_USAGE, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains(expected), run.stderr());
        assertFalse(run.stderr().contains("\tat "), run.stderr());
        assertEquals(1, run.stderr().strip().lines().count(), run.stderr());
    }

    @Test
    void readiness_whenNoDestinations_saysHowToGiveThem() {
        assertOneClearLine(run(), "no destinations");
    }

    @Test
    void readiness_whenUrlMalformed_namesIt() {
        assertOneClearLine(
                run("--url", "https://exa mple.com/x"),
                "--url 'https://exa mple.com/x': 'https://exa mple.com/x' is not a valid URL");
    }

    @Test
    void readiness_whenUrlHasNoScheme_namesIt() {
        assertOneClearLine(run("--url", "api.example.com"), "--url 'api.example.com' is not a URL");
    }

    @Test
    void readiness_whenServiceUnknown_namesItAndListsKnownOnes() {
        assertOneClearLine(
                run("--service", "sts", "--service", "secretmanager"),
                "--service 'secretmanager': unknown AWS service name 'secretmanager'; known: acm,");
    }

    @Test
    void readiness_whenFileLineBad_namesFileAndLine() throws Exception {
        Path file = dir.resolve("destinations.txt");
        Files.writeString(file, "# ours\nhttps://api.example.com\n\nftp://files.example.com\n");

        assertOneClearLine(
                run("--from-file", file.toString()),
                "destinations.txt line 4 'ftp://files.example.com': 'ftp://files.example.com' must be an http:// or https:// URL");
    }

    @Test
    void readiness_whenTooManyEntries_saysTheLimit() throws Exception {
        Path file = dir.resolve("many.txt");
        Files.write(
                file,
                IntStream.range(0, 21)
                        .mapToObj(i -> "h" + i + ".example.com:443")
                        .toList());

        assertOneClearLine(run("--from-file", file.toString()), "21 destinations, at most 20");
    }

    @Test
    void readiness_whenFileOnlyComments_saysItListsNothing() throws Exception {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "# nothing yet\n\n");

        assertOneClearLine(run("--from-file", file.toString()), "lists no destinations");
    }

    @Test
    void readiness_whenNatGatewayIdMalformed_namesIt() {
        assertOneClearLine(
                run("--service", "sts", "--nat-gateway-id", "igw-123"),
                "--nat-gateway-id 'igw-123' is not a NAT gateway id");
    }

    @Test
    void readiness_whenVpcIdMalformed_namesIt() {
        assertOneClearLine(
                run("--service", "sts", "--vpc-id", "subnet-0123"), "--vpc-id 'subnet-0123' is not a VPC id");
    }

    @Test
    void readiness_whenVpcIdAndNatGatewayIdTogether_saysPassOne() {
        assertOneClearLine(
                run(
                        "--service",
                        "sts",
                        "--vpc-id",
                        "vpc-0123456789abcdef0",
                        "--nat-gateway-id",
                        "nat-0123456789abcdef0"),
                "pass --vpc-id or --nat-gateway-id, not both");
    }

    /** The same options and order of checks as compare: the functions' ARNs decide the region, a clash is named. */
    @Test
    void readiness_whenRegionDisagreesWithTheFunctionsArns_namesBoth() {
        var args = List.of(
                "readiness",
                "--endpoint-url",
                "http://127.0.0.1:9",
                "--region",
                "eu-west-1",
                "--vpc-function",
                "arn:aws:lambda:us-east-1:123456789012:function:bench-vpc:live",
                "--public-function",
                "arn:aws:lambda:us-east-1:123456789012:function:bench-public:live",
                "--service",
                "sts",
                "--out",
                dir.toString());
        CommandRun run = CommandRun.of(args);
        assertOneClearLine(run, "--region eu-west-1 disagrees");
        assertTrue(run.stderr().contains("us-east-1"), run.stderr());
    }

    @Test
    void readiness_whenOutputsFileMissing_namesTheFileBeforeAnythingElse() {
        var args = List.of(
                "readiness",
                "--outputs-file",
                dir.resolve("missing.json").toString(),
                "--service",
                "sts",
                "--out",
                dir.toString());
        CommandRun run = CommandRun.of(args);
        String stderr = run.stderr();
        // As compare: a file problem (not a usage one), one line, naming the file and how to write it.
        assertEquals(Main.EXIT_CLIENT_ERROR, run.exitCode(), stderr);
        assertTrue(stderr.contains("missing.json does not exist"), stderr);
        assertEquals(1, stderr.strip().lines().count(), stderr);
    }
}
