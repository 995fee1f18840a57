package dev.eigwbench.bench.clients;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The handler's six calls, made plainly in a loop: no statistics, logging, time budget or path bookkeeping, so
 * what remains is the SDK and the HTTP client. The control group: it shares no code with the handler (README).
 */
record Workload(
        DynamoDbClient dynamoDb,
        SqsClient sqs,
        S3Client s3,
        SdkHttpClient http,
        String table,
        String queueUrl,
        String bucket,
        URI fetchUrl) {
    /** A call that throws counts as an error; its time is still recorded, as the handler does. */
    interface Call {
        void run(int index) throws Exception;
    }

    record StepSamples(String step, int errors, String firstError, List<Double> samplesMs) {}

    /** Each step {@code iterations} times, in the handler's order, under a partition and prefix of its own. */
    List<StepSamples> run(String runId, int iterations) {
        var steps = new LinkedHashMap<String, Call>();
        steps.put(
                "dynamodb-put",
                i -> dynamoDb.putItem(b -> b.tableName(table)
                        .item(Map.of(
                                "pk", AttributeValue.fromS(runId),
                                "sk", AttributeValue.fromS(String.format("%06d", i)),
                                "writtenAt", AttributeValue.fromS(Instant.now().toString())))));
        steps.put(
                "dynamodb-query",
                i -> dynamoDb.query(b -> b.tableName(table)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", "pk"))
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(runId)))));
        steps.put(
                "sqs-send",
                i -> sqs.sendMessage(
                        b -> b.queueUrl(queueUrl).messageBody("{\"runId\":\"" + runId + "\",\"index\":" + i + "}")));
        steps.put(
                "s3-put",
                i -> s3.putObject(
                        b -> b.bucket(bucket)
                                .key("bench/" + runId + "/" + String.format("%06d", i))
                                .contentType("application/json"),
                        RequestBody.fromString("{\"runId\":\"" + runId + "\",\"index\":" + i + "}")));
        steps.put(
                "s3-list",
                i -> s3.listObjectsV2(
                        b -> b.bucket(bucket).prefix("bench/" + runId + "/").maxKeys(10)));
        steps.put("http-get", i -> get(http, fetchUrl));
        var results = new ArrayList<StepSamples>();
        for (Entry<String, Call> step : steps.entrySet()) {
            results.add(measure(step.getKey(), step.getValue(), iterations));
        }
        return results;
    }

    static StepSamples measure(String step, Call call, int iterations) {
        var samples = new ArrayList<Double>(iterations);
        int errors = 0;
        String firstError = null;
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            try {
                call.run(i);
            } catch (Exception e) {
                errors++;
                if (firstError == null) {
                    firstError = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            samples.add((System.nanoTime() - start) / 1e6);
        }
        return new StepSamples(step, errors, firstError, samples);
    }

    /** The handler's http-get: a GET read to the end so the connection returns to the pool. */
    static int get(SdkHttpClient http, URI url) throws IOException {
        var request = SdkHttpRequest.builder()
                .uri(url)
                .method(SdkHttpMethod.GET)
                .putHeader("Accept", "application/json")
                .putHeader("User-Agent", "eigw-bench")
                .build();
        var response = http.prepareRequest(
                        HttpExecuteRequest.builder().request(request).build())
                .call();
        if (response.responseBody().isPresent()) {
            try (InputStream body = response.responseBody().get()) {
                body.transferTo(OutputStreamSink.INSTANCE);
            }
        }
        int status = response.httpResponse().statusCode();
        if (!response.httpResponse().isSuccessful()) {
            throw new IOException("HTTP " + status + " from " + url);
        }
        return status;
    }

    /** Discards bytes: only the time to the last byte matters. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }

    /** The samples as JSON in the handler's result shape ({"steps":[{"step","errors","samplesMs"}]}). */
    static String json(List<StepSamples> steps) {
        var out = new StringBuilder("{\"steps\":[");
        for (int s = 0; s < steps.size(); s++) {
            StepSamples step = steps.get(s);
            out.append(s == 0 ? "" : ",")
                    .append("{\"step\":\"")
                    .append(step.step())
                    .append("\",\"errors\":")
                    .append(step.errors());
            if (step.firstError() != null) {
                out.append(",\"firstError\":\"")
                        .append(step.firstError()
                                .replace("\\", "\\\\")
                                .replace("\"", "\\\"")
                                .replace("\n", " "))
                        .append('"');
            }
            out.append(",\"samplesMs\":[");
            for (int i = 0; i < step.samplesMs().size(); i++) {
                out.append(i == 0 ? "" : ",")
                        .append(String.format("%.3f", step.samplesMs().get(i)));
            }
            out.append("]}");
        }
        return out.append("]}").toString();
    }
}
