package dev.eigwbench.client.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.client.ClientException;
import dev.eigwbench.client.ErrorTranslator;
import dev.eigwbench.client.TestAws;
import dev.eigwbench.client.stub.FakeAwsServer;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.Variant;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;

class StackTargetsTest {
    private static final String ALIAS = "arn:aws:lambda:us-east-1:123456789012:function:eigw-vpc:live";

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(StackTargetsTest.class.getResource("/" + name).toURI());
    }

    @Test
    void parse_whenAliasArn_splitsFunctionAndQualifier() {
        var target = FunctionTarget.parse(Variant.VPC, ALIAS, "--vpc-function");
        assertEquals("arn:aws:lambda:us-east-1:123456789012:function:eigw-vpc", target.functionName());
        assertEquals("live", target.qualifier());
    }

    @Test
    void parse_whenPlainName_hasNoQualifier() {
        assertNull(FunctionTarget.parse(Variant.PUBLIC, "eigw-public", "--public-function")
                .qualifier());
    }

    @Test
    void parse_whenGarbage_namesTheOption() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> FunctionTarget.parse(Variant.VPC, "not a name!", "--vpc-function"));
        assertTrue(e.getMessage().startsWith("--vpc-function must be a Lambda function name or ARN"), e.getMessage());
    }

    @Test
    void fromOutputs_whenAliasAndName_prefersAlias() {
        var targets = FunctionTargets.fromOutputs(
                Map.of(
                        StackOutputs.VPC_FUNCTION_ALIAS_ARN, ALIAS,
                        StackOutputs.VPC_FUNCTION_NAME, "eigw-vpc",
                        StackOutputs.PUBLIC_FUNCTION_NAME, "eigw-public"),
                "stack S");
        assertEquals("live", targets.vpc().qualifier());
        assertEquals("eigw-public", targets.publicTarget().functionName());
    }

    @Test
    void fromOutputs_whenKeysMissing_saysWhichAndWhatToDo() {
        var e = assertThrows(
                IllegalArgumentException.class, () -> FunctionTargets.fromOutputs(Map.of("Other", "x"), "stack S"));
        assertTrue(
                e.getMessage().startsWith("stack S has no output VpcFunctionAliasArn or VpcFunctionName"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--vpc-function"), e.getMessage());
    }

    @Test
    void read_whenCdkOutputsFile_findsBothAliases() throws URISyntaxException {
        var outputs = OutputsFile.read(fixture("cdk-outputs.json"), StackOutputs.DEFAULT_STACK_NAME);
        var targets = FunctionTargets.fromOutputs(outputs.outputs(), "file");
        assertEquals("live", targets.publicTarget().qualifier());
    }

    @Test
    void read_whenNoStackGiven_picksTheOneStackNamingBothFunctions() throws URISyntaxException {
        var outputs = OutputsFile.read(fixture("cdk-outputs-renamed.json"), null);
        assertEquals("MyBench", outputs.stackName());
        assertEquals(
                "arn:aws:lambda:eu-west-1:123456789012:function:MyBench-Vpc",
                FunctionTargets.fromOutputs(outputs.outputs(), "file").vpc().functionName());
    }

    @Test
    void read_whenNoStackGivenAndSeveralBenches_asksForStack() throws URISyntaxException {
        var e = assertThrows(
                ClientException.class, () -> OutputsFile.read(fixture("cdk-outputs-two-benches.json"), null));
        assertTrue(
                e.getMessage()
                        .endsWith("has several eigw-bench stacks [BenchA, BenchB]: pass --stack with one of them"),
                e.getMessage());
    }

    @Test
    void read_whenOutputsFileLacksStack_listsTheStacksItHas() throws URISyntaxException {
        var e = assertThrows(ClientException.class, () -> OutputsFile.read(fixture("cdk-outputs.json"), "Other"));
        assertTrue(
                e.getMessage().contains("has no stack 'Other' (it has [EgressOnlyInternetGatewayTest])"),
                e.getMessage());
    }

    @Test
    void read_whenStackDeployed_returnsOutputsFromDescribeStacks() {
        try (var aws = new FakeAwsServer();
                var clients = TestAws.clients(aws.endpoint(), 1)) {
            aws.cloudFormation().putStack("S", Map.of(StackOutputs.VPC_FUNCTION_ALIAS_ARN, ALIAS));
            var outputs = new StackOutputsReader(clients.cloudFormation()).read("S");
            assertEquals(Map.of(StackOutputs.VPC_FUNCTION_ALIAS_ARN, ALIAS), outputs);
        }
    }

    @Test
    void read_whenStackMissing_failsWithActionableMessage() {
        try (var aws = new FakeAwsServer();
                var clients = TestAws.clients(aws.endpoint(), 1)) {
            var reader = new StackOutputsReader(clients.cloudFormation());
            var e = assertThrows(CloudFormationException.class, () -> reader.read("Nope"));
            String message = ErrorTranslator.translate(e, "Nope", 1);
            assertTrue(message.startsWith("stack 'Nope' not found (Stack with id Nope does not exist"), message);
            assertTrue(message.contains("npx cdk deploy"), message);
        }
    }
}
