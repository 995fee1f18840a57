package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.model.StepCheck;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.s3.S3Client;

/** ListObjectsV2 (MaxKeys 10) under the run's prefix; checks it sees min(10, objects written). */
public final class S3ListStep implements BenchmarkStep {
    static final int MAX_KEYS = 10;
    private final S3Client client;
    private final String bucket;
    private final RunScope scope;
    private final URI target;
    private final AtomicInteger lastCount = new AtomicInteger(-1);

    public S3ListStep(S3Client client, String bucket, RunScope scope, URI target) {
        this.client = client;
        this.bucket = bucket;
        this.scope = scope;
        this.target = target;
    }

    @Override
    public Step step() {
        return Step.S3_LIST;
    }

    @Override
    public URI target() {
        return target;
    }

    @Override
    public void call(int index) {
        lastCount.set(client.listObjectsV2(
                        b -> b.bucket(bucket).prefix(scope.objectPrefix()).maxKeys(MAX_KEYS))
                .keyCount());
    }

    /** A read: in the priming scope it reads what no run writes. */
    @Override
    public void prime() {
        call(0);
    }

    /** A full page of the run's objects (MaxKeys of them, more to come), as a default run lists them. */
    @Override
    public Optional<SuccessAnswer> successAnswer() {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>")
                .append(bucket)
                .append("</Name><Prefix>")
                .append(scope.objectPrefix())
                .append("</Prefix><KeyCount>")
                .append(MAX_KEYS)
                .append("</KeyCount><MaxKeys>")
                .append(MAX_KEYS)
                .append("</MaxKeys><IsTruncated>true</IsTruncated>");
        for (int i = 0; i < MAX_KEYS; i++) {
            xml.append("<Contents><Key>")
                    .append(scope.objectPrefix())
                    .append(RunScope.sortKey(i))
                    .append("</Key><LastModified>2026-01-01T00:00:00.000Z</LastModified>")
                    .append("<ETag>&quot;d41d8cd98f00b204e9800998ecf8427e&quot;</ETag><Size>64</Size>")
                    .append("<StorageClass>STANDARD</StorageClass></Contents>");
        }
        xml.append("<NextContinuationToken>priming</NextContinuationToken></ListBucketResult>");
        return Optional.of(new SuccessAnswer(
                200,
                Map.of("Content-Type", "application/xml", "x-amz-request-id", "priming-in-memory"),
                xml.toString()));
    }

    @Override
    public StepCheck check(int succeeded) {
        int expected = Math.min(MAX_KEYS, scope.objectsWritten().get());
        int listed = lastCount.get();
        if (listed < 0) {
            return new StepCheck("objects-listed", expected, 0, false, "no list call succeeded");
        }
        return new StepCheck(
                "objects-listed",
                expected,
                listed,
                listed == expected,
                listed + " of the run's objects listed (MaxKeys " + MAX_KEYS + "), " + expected + " expected");
    }
}
