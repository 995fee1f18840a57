package dev.eigwbench.lab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.client.invoke.ColdStartForcer;
import dev.eigwbench.client.invoke.LambdaInvoker;
import dev.eigwbench.client.invoke.ReportLineParser;
import dev.eigwbench.client.stack.FunctionTarget;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.request.BenchmarkRequest;
import dev.eigwbench.lab.LabTestSupport;
import dev.eigwbench.lab.host.FunctionHost;
import dev.eigwbench.lab.runtime.RuntimeApiBridge;
import dev.eigwbench.report.LambdaReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * The local Lambda API's wire contract, through the real SDK {@link LambdaClient}: the same client the compare
 * command uses on AWS, and its invoker and cold-start forcer. Functions are small fixture handlers run by Lambda's
 * runtime interface client. (Throttling, failed updates and SnapStart restores, which nothing here produces, stay
 * on the client's stub.)
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LocalLambdaApiTest {
    @TempDir
    Path dir;

    private LocalLambdaApi api;
    private LambdaClient lambda;

    @BeforeEach
    void start() {
        api = LocalLambdaApi.start(0);
        api.add(function("echo", "EchoPojoHandler::handleRequest", 30)).publishWithAlias("live");
        api.add(function("sleepy", "SleepyHandler::handleRequest", 1));
        lambda = LambdaClient.builder()
                .endpointOverride(api.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                .httpClient(Apache5HttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))
                .build();
    }

    @AfterEach
    void stop() {
        lambda.close();
        api.close();
    }

    @Test
    void invoke_whenTailRequested_returnsPayloadAndLogEndingInReportWithInitDurationOnlyWhenCold() {
        var first = invoke("echo:live", "{\"iterations\":3}");
        var second = invoke("echo:live", "{\"iterations\":4}");

        assertEquals(200, first.statusCode());
        assertNull(first.functionError());
        assertEquals("1", first.executedVersion());
        assertTrue(
                second.payload().asUtf8String().contains("\"iterations\":4"),
                second.payload().asUtf8String());
        var tail = tail(first);
        assertTrue(tail.startsWith("START RequestId: "), tail);
        var cold = ReportLineParser.parse(tail).orElseThrow(() -> new AssertionError("no REPORT line: " + tail));
        var warm = ReportLineParser.parse(tail(second)).orElseThrow();
        assertNotNull(cold.initDurationMs(), "a cold start reports Init Duration");
        assertTrue(cold.initDurationMs() > 0);
        assertNull(warm.initDurationMs(), "a warm start has no Init Duration");
        assertEquals(1024, warm.memorySizeMb());
        assertTrue(warm.maxMemoryUsedMb() > 10, "Max Memory Used is the JVM's peak RSS: " + warm.maxMemoryUsedMb());
        assertEquals(Math.ceil(warm.durationMs()), warm.billedDurationMs());
    }

    @Test
    void invoke_whenHandlerThrows_returnsUnhandledWithTheRuntimesErrorPayload() {
        var response = invoke("echo", "{\"fail\":true}");
        assertEquals("Unhandled", response.functionError());
        assertEquals("$LATEST", response.executedVersion());
        var body = response.payload().asUtf8String();
        assertTrue(body.contains("\"errorMessage\":\"asked to fail\""), body);
        assertTrue(body.contains("IllegalStateException"), body);
        assertTrue(ReportLineParser.parse(tail(response)).isPresent());
    }

    @Test
    void invoke_whenFunctionUnknown_throwsResourceNotFound() {
        var e = assertThrows(ResourceNotFoundException.class, () -> invoke("nope", "{}"));
        assertEquals(404, e.statusCode());
        assertTrue(e.getMessage().contains("Function not found"), e.getMessage());
    }

    @Test
    void invoke_whenQualifierUnknown_throwsResourceNotFound() {
        var e = assertThrows(ResourceNotFoundException.class, () -> invoke("echo:nope", "{}"));
        assertTrue(e.getMessage().contains("echo:nope"), e.getMessage());
    }

    @Test
    void invoke_whenPayloadNotJson_throwsInvalidRequestContent() {
        var e = assertThrows(LambdaException.class, () -> invoke("echo", "not json"));
        assertEquals(400, e.statusCode());
        assertEquals("InvalidRequestContentException", e.awsErrorDetails().errorCode());
    }

    @Test
    void forceColdStart_whenConfigurationUpdatedAndAliasMoved_nextInvocationIsColdOnTheNewVersion() {
        invoke("echo:live", "{}");
        assertNull(report(invoke("echo:live", "{}")).initDurationMs(), "warm before forcing");

        var target = new FunctionTarget(Variant.VPC, "echo", "live");
        var progress = new ArrayList<String>();
        var version =
                new ColdStartForcer(lambda, Duration.ofMillis(20), Duration.ofSeconds(10)).force(target, progress::add);

        var after = invoke("echo:live", "{}");
        assertEquals("2", version);
        assertEquals("2", after.executedVersion());
        assertNotNull(report(after).initDurationMs(), "the forced cold start reports Init Duration");
        var config = lambda.getFunctionConfiguration(r -> r.functionName("echo").qualifier("live"));
        assertNotNull(config.environment().variables().get(ColdStartForcer.TOKEN_VARIABLE));
    }

    @Test
    void forceColdStart_whenAliasArn_publishesVersionMovesAliasAndKeepsVariables() {
        var target = FunctionTarget.parse(
                Variant.VPC, "arn:aws:lambda:us-east-1:" + LocalFunction.ACCOUNT + ":function:echo:live", "test");
        var version =
                new ColdStartForcer(lambda, Duration.ofMillis(20), Duration.ofSeconds(10)).force(target, line -> {});

        assertEquals("2", version);
        assertEquals(
                "2", lambda.getAlias(r -> r.functionName("echo").name("live")).functionVersion());
        var variables = lambda.getFunctionConfiguration(r -> r.functionName("echo"))
                .environment()
                .variables();
        assertEquals("hello", variables.get("GREETING"));
        assertNotNull(variables.get(ColdStartForcer.TOKEN_VARIABLE));
    }

    @Test
    void invoke_throughTheClientsInvoker_returnsPayloadReportLineAndExecutedVersion() {
        var target = FunctionTarget.parse(
                Variant.VPC, "arn:aws:lambda:us-east-1:" + LocalFunction.ACCOUNT + ":function:echo:live", "test");
        var outcome = new LambdaInvoker(lambda).invoke(target, new BenchmarkRequest(3, null, null, null));

        assertNull(outcome.functionError());
        assertEquals("1", outcome.executedVersion());
        assertTrue(outcome.payload().contains("\"iterations\":3"), outcome.payload());
        assertTrue(ReportLineParser.parse(outcome.logTail()).isPresent(), outcome.logTail());
    }

    @Test
    void invoke_whenFunctionOutlivesItsTimeout_returnsTimeoutErrorAndNextInvocationIsCold() {
        var timedOut = invoke("sleepy", "{}");
        assertEquals("Unhandled", timedOut.functionError());
        var body = timedOut.payload().asUtf8String();
        assertTrue(body.contains("Task timed out after 1.00 seconds"), body);
        assertTrue(tail(timedOut).contains("Status: timeout"), tail(timedOut));

        var next = invoke("sleepy", "{}");
        assertNotNull(report(next).initDurationMs(), "a new environment after a timeout");
    }

    @Test
    void unknownOperation_whenPathNotServed_returnsLambdasUnknownOperation() {
        var e = assertThrows(LambdaException.class, () -> lambda.listFunctions());
        assertEquals(404, e.statusCode());
        assertEquals("UnknownOperationException", e.awsErrorDetails().errorCode());
    }

    @Test
    void updateAlias_whenVersionUnknown_throwsResourceNotFound() {
        assertThrows(
                ResourceNotFoundException.class,
                () -> lambda.updateAlias(
                        r -> r.functionName("echo").name("live").functionVersion("42")));
        assertEquals(
                "1", lambda.getAlias(r -> r.functionName("echo").name("live")).functionVersion());
        assertFalse(lambda.getFunctionConfiguration(r -> r.functionName("echo"))
                .environment()
                .variables()
                .containsKey(ColdStartForcer.TOKEN_VARIABLE));
    }

    private InvokeResponse invoke(String function, String payload) {
        return lambda.invoke(r -> r.functionName(function)
                .logType(LogType.TAIL)
                .payload(SdkBytes.fromString(payload, StandardCharsets.UTF_8)));
    }

    private static String tail(InvokeResponse response) {
        return new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
    }

    private static LambdaReport report(InvokeResponse response) {
        return ReportLineParser.parse(tail(response)).orElseThrow(() -> new AssertionError(tail(response)));
    }

    private LocalFunction function(String name, String handler, int timeoutSeconds) {
        return new LocalFunction(
                name,
                Variant.VPC,
                "us-east-1",
                1024,
                Duration.ofSeconds(timeoutSeconds),
                Map.of("GREETING", "hello"),
                variables -> FunctionHost.start(
                        LabTestSupport.fixtureLaunch(RuntimeApiBridge.class, handler, name, variables, dir),
                        Duration.ofSeconds(30)));
    }
}
