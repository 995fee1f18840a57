package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import java.net.URI;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** PutObject under the run's prefix, one unique key per call. */
public record S3PutStep(S3Client client, String bucket, RunScope scope, URI target) implements BenchmarkStep {

    @Override
    public Step step() {
        return Step.S3_PUT;
    }

    @Override
    public void call(int index) {
        client.putObject(
                b -> b.bucket(bucket)
                        .key(scope.objectPrefix() + RunScope.sortKey(index))
                        .contentType("application/json"),
                RequestBody.fromString("{\"runId\":\"" + scope.runId() + "\",\"index\":" + index + "}"));
        scope.objectsWritten().incrementAndGet();
    }
}
