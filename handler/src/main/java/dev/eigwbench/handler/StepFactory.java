package dev.eigwbench.handler;

import dev.eigwbench.common.Step;
import dev.eigwbench.handler.steps.BenchmarkStep;
import dev.eigwbench.handler.steps.DynamoDbPutStep;
import dev.eigwbench.handler.steps.DynamoDbQueryStep;
import dev.eigwbench.handler.steps.HttpGetStep;
import dev.eigwbench.handler.steps.RunScope;
import dev.eigwbench.handler.steps.S3ListStep;
import dev.eigwbench.handler.steps.S3PutStep;
import dev.eigwbench.handler.steps.SqsSendStep;
import java.net.URI;
import java.util.Map;

/** The one place a {@link Step} becomes its step class, for a benchmark run and for priming alike. */
final class StepFactory {
    private StepFactory() {}

    static BenchmarkStep create(Step step, HandlerSettings settings, ServiceClients clients, RunScope scope, URI url) {
        Map<String, URI> endpoints = clients.endpoints();
        return switch (step) {
            case DYNAMODB_PUT ->
                new DynamoDbPutStep(clients.dynamoDb(), settings.tableName(), scope, endpoints.get("dynamodb"));
            case DYNAMODB_QUERY ->
                new DynamoDbQueryStep(clients.dynamoDb(), settings.tableName(), scope, endpoints.get("dynamodb"));
            case SQS_SEND -> new SqsSendStep(clients.sqs(), settings.queueUrl(), scope, endpoints.get("sqs"));
            case S3_PUT -> new S3PutStep(clients.s3(), settings.bucketName(), scope, endpoints.get("s3"));
            case S3_LIST -> new S3ListStep(clients.s3(), settings.bucketName(), scope, endpoints.get("s3"));
            case HTTP_GET ->
                new HttpGetStep(clients.httpGet(), url, settings.timeouts().apiCall(), clients.abortTimer());
        };
    }
}
