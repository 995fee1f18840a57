package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SendMessage through the dual-stack client (the v2 client sends to its endpoint, not the queue URL's host). */
public record SqsSendStep(SqsClient client, String queueUrl, RunScope scope, URI target) implements BenchmarkStep {

    @Override
    public Step step() {
        return Step.SQS_SEND;
    }

    @Override
    public void call(int index) {
        client.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body(index)));
    }

    /** A send to a queue that does not exist: SQS refuses it, nothing is queued. */
    @Override
    public void prime() {
        client.sendMessage(b -> b.queueUrl(queueUrl + "-priming-does-not-exist").messageBody(body(0)));
    }

    /** SendMessage's answer carries the body's MD5, which the SDK checks against what it sent. */
    @Override
    public Optional<SuccessAnswer> successAnswer() {
        return Optional.of(SuccessAnswer.awsJson("{\"MD5OfMessageBody\":\"" + SuccessAnswer.md5Hex(body(0))
                + "\",\"MessageId\":\"00000000-0000-4000-8000-000000000000\"}"));
    }

    private String body(int index) {
        return "{\"runId\":\"" + scope.runId() + "\",\"index\":" + index + "}";
    }
}
