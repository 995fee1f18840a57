package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** PutObject under the run's prefix, one unique key per call. */
public record S3PutStep(S3Client client, String bucket, RunScope scope, URI target) implements BenchmarkStep {

    @Override
    public Step step() {
        return Step.S3_PUT;
    }

    /** MD5 of nothing: never the digest of the body sent, so S3 refuses the upload (BadDigest). */
    static final String WRONG_MD5 = "1B2M2Y8AsgTpgAmY7PhCfg==";

    @Override
    public void call(int index) {
        client.putObject(
                b -> b.bucket(bucket)
                        .key(scope.objectPrefix() + RunScope.sortKey(index))
                        .contentType("application/json"),
                body(index));
        scope.objectsWritten().incrementAndGet();
    }

    /** An upload whose Content-MD5 cannot match its body: S3 refuses it, nothing is stored. */
    @Override
    public void prime() {
        client.putObject(
                b -> b.bucket(bucket)
                        .key(scope.objectPrefix() + UUID.randomUUID())
                        .contentType("application/json")
                        .contentMD5(WRONG_MD5),
                body(0));
    }

    /** PutObject's answer: no body, the object's ETag (the MD5 of a single-part upload's bytes). */
    @Override
    public Optional<SuccessAnswer> successAnswer() {
        return Optional.of(new SuccessAnswer(
                200,
                Map.of("ETag", "\"" + SuccessAnswer.md5Hex(content(0)) + "\"", "x-amz-request-id", "priming-in-memory"),
                ""));
    }

    private RequestBody body(int index) {
        return RequestBody.fromString(content(index));
    }

    private String content(int index) {
        return "{\"runId\":\"" + scope.runId() + "\",\"index\":" + index + "}";
    }
}
