package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import java.net.URI;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SendMessage through the dual-stack client (the v2 client sends to its endpoint, not the queue URL's host). */
public final class SqsSendStep implements BenchmarkStep {
    private final SqsClient client;
    private final String queueUrl;
    private final RunScope scope;
    private final URI target;

    public SqsSendStep(SqsClient client, String queueUrl, RunScope scope, URI target) {
        this.client = client;
        this.queueUrl = queueUrl;
        this.scope = scope;
        this.target = target;
    }

    @Override
    public Step step() {
        return Step.SQS_SEND;
    }

    @Override
    public URI target() {
        return target;
    }

    @Override
    public void call(int index) {
        client.sendMessage(
                b -> b.queueUrl(queueUrl).messageBody("{\"runId\":\"" + scope.runId() + "\",\"index\":" + index + "}"));
    }
}
