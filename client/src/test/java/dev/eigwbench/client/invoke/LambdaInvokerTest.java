package dev.eigwbench.client.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.client.ErrorTranslator;
import dev.eigwbench.client.TestAws;
import dev.eigwbench.client.aws.AwsClients;
import dev.eigwbench.client.stack.FunctionTarget;
import dev.eigwbench.client.stub.FakeAwsServer;
import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.request.BenchmarkRequest;
import dev.eigwbench.report.ResultReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

class LambdaInvokerTest {
    private static final BenchmarkRequest EVENT = new BenchmarkRequest(5, List.of(Step.DYNAMODB_PUT), null, null);
    private FakeAwsServer aws;
    private AwsClients clients;
    private LambdaInvoker invoker;
    private FunctionTarget alias;

    @BeforeEach
    void start() {
        aws = new FakeAwsServer();
        var f = aws.lambda().addFunction("eigw-vpc", "vpc", 7);
        clients = TestAws.clients(aws.endpoint(), 3);
        invoker = new LambdaInvoker(clients.invokeClient());
        alias = FunctionTarget.parse(Variant.VPC, f.aliasArn(), "test");
    }

    @AfterEach
    void stop() {
        clients.close();
        aws.close();
    }

    @Test
    void invoke_whenAliasArn_returnsResultPayloadAndExecutedVersion() {
        InvocationOutcome outcome = invoker.invoke(alias, EVENT);
        assertEquals("1", outcome.executedVersion());
        var result = ResultReader.result(outcome.payload());
        assertNotNull(result, outcome.payload());
        assertEquals(5, result.steps().get(0).samplesMs().size());
        assertNull(outcome.functionError());
    }

    @Test
    void invoke_whenLogTypeTail_decodesReportLineFromLogResult() {
        InvocationOutcome outcome = invoker.invoke(alias, EVENT);
        var report = ReportLineParser.parse(outcome.logTail()).orElseThrow();
        assertEquals(1024, report.memorySizeMb());
        assertEquals(452.60, report.restoreDurationMs(), "first invocation of a version restores its snapshot");
    }

    @Test
    void invoke_whenFunctionFails_returnsFunctionErrorHeader() {
        aws.lambda().failNext("eigw-vpc", 1);
        InvocationOutcome outcome = invoker.invoke(alias, EVENT);
        assertEquals("Unhandled", outcome.functionError());
        assertEquals(
                "Unhandled java.lang.IllegalStateException: TABLE_NAME is not set",
                ResultReader.functionError(outcome.functionError(), outcome.payload()));
    }

    @Test
    void invoke_whenThrottledTwice_retriesWithBackoffAndSucceeds() {
        aws.lambda().throttleNext("eigw-vpc", 2);
        InvocationOutcome outcome = invoker.invoke(alias, EVENT);
        assertNotNull(ResultReader.result(outcome.payload()));
        long invokeRequests =
                aws.requests().stream().filter(r -> r.endsWith("/invocations")).count();
        assertEquals(3, invokeRequests);
    }

    @Test
    void invoke_whenThrottledBeyondAttempts_failsWithActionableMessage() {
        aws.lambda().throttleNext("eigw-vpc", 10);
        var e = assertThrows(TooManyRequestsException.class, () -> invoker.invoke(alias, EVENT));
        String message = ErrorTranslator.translate(e, null, 3);
        assertTrue(message.startsWith("Lambda throttled the invocations after 3 attempts"), message);
        assertTrue(message.contains("lower --concurrency"), message);
    }

    @Test
    void invoke_whenSlowerThanInvokeTimeout_failsWithActionableMessage() {
        aws.lambda().delayNext("eigw-vpc", 1500);
        try (var impatient = TestAws.clients(aws.endpoint(), 1, Duration.ofMillis(500))) {
            var e = assertThrows(
                    SdkClientException.class, () -> new LambdaInvoker(impatient.invokeClient()).invoke(alias, EVENT));
            String message = ErrorTranslator.translate(e, null, 1);
            assertTrue(message.startsWith("a call to AWS timed out"), message);
            assertTrue(message.contains("--invoke-timeout"), message);
        }
    }

    @Test
    void invoke_whenFunctionMissing_failsWithActionableMessage() {
        var missing = FunctionTarget.parse(Variant.VPC, "no-such-function", "test");
        var e = assertThrows(ResourceNotFoundException.class, () -> invoker.invoke(missing, EVENT));
        String message = ErrorTranslator.translate(e, null, 3);
        assertTrue(message.startsWith("function not found (Function not found:"), message);
        assertTrue(message.contains("--vpc-function"), message);
    }
}
