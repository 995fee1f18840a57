package dev.eigwbench.client.readiness;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.client.ClientException;
import dev.eigwbench.client.stack.FunctionTarget;
import dev.eigwbench.common.readiness.ReadinessResult;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Sends the readiness event to one function and reads its {@link ReadinessResult}. */
final class ReadinessInvoker {
    /** Newer functions may add fields: read what this client knows. */
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final LambdaClient lambda;

    ReadinessInvoker(LambdaClient lambda) {
        this.lambda = lambda;
    }

    ReadinessResult invoke(FunctionTarget target, List<String> destinations, Integer connectTimeoutMs) {
        var body = new LinkedHashMap<String, Object>();
        body.put("destinations", destinations);
        if (connectTimeoutMs != null) {
            body.put("connectTimeoutMs", connectTimeoutMs);
        }
        byte[] payload;
        try {
            payload = JSON.writeValueAsBytes(Map.of("readiness", body));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise the readiness event", e);
        }
        InvokeResponse response = lambda.invoke(r -> r.functionName(target.functionName())
                .qualifier(target.qualifier())
                .invocationType(InvocationType.REQUEST_RESPONSE)
                .payload(SdkBytes.fromByteArray(payload)));
        String text = response.payload() == null ? "" : response.payload().asUtf8String();
        if (response.functionError() != null) {
            throw new ClientException(target.display() + " failed (" + response.functionError() + "): " + excerpt(text)
                    + "; check its logs in CloudWatch");
        }
        try {
            ReadinessResult result = JSON.readValue(text, ReadinessResult.class);
            if (!ReadinessResult.SCHEMA.equals(result.schema())) {
                throw new ClientException(target.display() + " answered without a readiness result (schema "
                        + result.schema() + "): deploy this version of the function (`npx cdk deploy`)");
            }
            return result;
        } catch (IOException e) {
            throw new ClientException(target.display() + " answered something that is not a readiness result ("
                    + excerpt(text) + "): deploy this version of the function (`npx cdk deploy`)");
        }
    }

    private static String excerpt(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
