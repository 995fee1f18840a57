package dev.eigwbench.client.invoke;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.client.stack.FunctionTarget;
import dev.eigwbench.common.request.BenchmarkRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/** Invokes a function synchronously with {@code LogType=Tail}, so the REPORT line comes back with the result. */
public final class LambdaInvoker {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LambdaClient lambda;

    public LambdaInvoker(LambdaClient lambda) {
        this.lambda = lambda;
    }

    public InvocationOutcome invoke(FunctionTarget target, BenchmarkRequest event) {
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(event.toEvent());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the event", e);
        }
        long start = System.nanoTime();
        InvokeResponse response = lambda.invoke(r -> r.functionName(target.functionName())
                .qualifier(target.qualifier())
                .invocationType(InvocationType.REQUEST_RESPONSE)
                .logType(LogType.TAIL)
                .payload(SdkBytes.fromByteArray(payload)));
        double roundTripMs = (System.nanoTime() - start) / 1e6;
        String tail = response.logResult() == null
                ? ""
                : new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        String body = response.payload() == null ? "" : response.payload().asUtf8String();
        return new InvocationOutcome(body, response.functionError(), tail, response.executedVersion(), roundTripMs);
    }
}
