package dev.eigwbench.client.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eigwbench.common.Step;
import dev.eigwbench.common.Variant;
import dev.eigwbench.common.model.AddressFamily;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.Diagnostics;
import dev.eigwbench.common.model.ErrorCount;
import dev.eigwbench.common.model.ErrorDetail;
import dev.eigwbench.common.model.LatencyStats;
import dev.eigwbench.common.model.NetworkPath;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepCheck;
import dev.eigwbench.common.model.StepResult;
import dev.eigwbench.common.request.BenchmarkRequest;
import dev.eigwbench.handler.input.EventParser;
import dev.eigwbench.handler.output.Json;
import dev.eigwbench.report.ResultReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Both directions of the wire contract with the handler: the event the client sends parses with the handler's own
 * parser, and the payload the handler writes (with its own JSON writer) reads back into the same result.
 */
class HandlerResultContractTest {
    private static BenchmarkResult fullResult(RunStatus status, ErrorDetail error) {
        var step = new StepResult(
                Step.SQS_SEND,
                3,
                1,
                List.of(new ErrorCount("SdkClientException", 1, "Unable to execute HTTP request")),
                30.5,
                20.25,
                new LatencyStats(2, 5.1, 4.9, 5.0, 5.2, 5.3, 5.3),
                new LatencyStats(1, 5.3, 5.3, 5.3, 5.3, 5.3, 5.3),
                List.of(20.25, 4.9, 5.3),
                new NetworkPath(
                        "sqs.us-east-1.api.aws",
                        List.of("2600:1f18::1", "3.5.0.1"),
                        "2600:1f18::1",
                        AddressFamily.IPV6),
                true,
                new StepCheck("messages-sent", 3, 2, false, "1 send failed"));
        var diagnostics = new Diagnostics(
                List.of("-Djava.net.preferIPv6Addresses=true"),
                "true",
                "false",
                "Apache5HttpClient",
                List.of("sqs"),
                Map.of("sqs", "https://sqs.us-east-1.api.aws"),
                "snap-start",
                true,
                true,
                "us-east-1",
                1024,
                "AWS_Lambda_java21",
                "21.0.5");
        return new BenchmarkResult(
                BenchmarkResult.SCHEMA,
                Variant.VPC,
                status,
                "run-42",
                3,
                List.of(step),
                31.0,
                diagnostics,
                List.of("IPv4 forced by the runtime"),
                error);
    }

    @Test
    void event_whenEveryFieldSet_parsesWithTheHandlersParser() throws Exception {
        var sent = new BenchmarkRequest(
                250, List.of(Step.DYNAMODB_PUT, Step.HTTP_GET), "https://example.com/todos/1", null);
        Map<String, Object> wire = Json.readObject(new ObjectMapper().writeValueAsString(sent.toEvent()));
        var parsed = new EventParser(100, URI.create("https://example.org/")).parse(wire);
        assertEquals(250, parsed.iterations());
        assertEquals(List.of(Step.DYNAMODB_PUT, Step.HTTP_GET), parsed.steps());
        assertEquals(URI.create("https://example.com/todos/1"), parsed.url());
    }

    @Test
    void event_whenOnlyIterationsSet_leavesTheRestToTheHandlersDefaults() throws Exception {
        Map<String, Object> wire = Json.readObject(
                new ObjectMapper().writeValueAsString(new BenchmarkRequest(5, null, null, null).toEvent()));
        assertEquals(Map.of("iterations", 5), wire);
    }

    @Test
    void event_whenIterationsNotGiven_leavesItOutSoTheDeploymentsValueApplies() throws Exception {
        Map<String, Object> wire =
                Json.readObject(new ObjectMapper().writeValueAsString(BenchmarkRequest.DEFAULTS.toEvent()));
        assertEquals(Map.of(), wire);
        assertEquals(
                37,
                new EventParser(37, URI.create("https://example.org/"))
                        .parse(wire)
                        .iterations());
    }

    @Test
    void request_whenIterationsOutOfBound_isRefusedBeforeSending() {
        var e = assertThrows(IllegalArgumentException.class, () -> new BenchmarkRequest(1001, null, null, null));
        assertEquals("iterations must be a whole number from 1 to 1000, got 1001", e.getMessage());
    }

    @Test
    void result_whenWritten_carriesVariantStepAndFamilyAsTheirIds() throws Exception {
        BenchmarkResult written = fullResult(RunStatus.COMPLETE, null);
        for (String json : List.of(Json.write(written), new ObjectMapper().writeValueAsString(written))) {
            JsonNode node = new ObjectMapper().readTree(json);
            assertEquals("vpc", node.path("variant").asText(), json);
            assertEquals("sqs-send", node.path("steps").path(0).path("step").asText(), json);
            assertEquals(
                    "IPv6",
                    node.path("steps").path(0).path("network").path("family").asText(),
                    json);
        }
    }

    @Test
    void result_whenAStepIsUnknownToThisVersion_readsTheRestWithoutIt() throws Exception {
        BenchmarkResult written = fullResult(RunStatus.COMPLETE, null);
        var node = (ObjectNode) new ObjectMapper().readTree(Json.write(written));
        ((ObjectNode) node.withArray("steps").addObject()).put("step", "dns-lookup");
        BenchmarkResult read = ResultReader.result(node.toString());
        assertEquals(written, read);
    }

    @Test
    void result_whenHandlerWroteCompleteRun_readsEveryField() {
        BenchmarkResult written = fullResult(RunStatus.COMPLETE, null);
        assertEquals(written, ResultReader.result(Json.write(written)));
    }

    @Test
    void result_whenHandlerRejectedEvent_keepsStatusAndError() {
        BenchmarkResult written = fullResult(RunStatus.INVALID_INPUT, new ErrorDetail("iterations", "must be 1-1000"));
        assertEquals(written, ResultReader.result(Json.write(written)));
    }
}
