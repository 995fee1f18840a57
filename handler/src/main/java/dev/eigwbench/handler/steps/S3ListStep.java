package dev.eigwbench.handler.steps;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.model.StepCheck;
import java.net.URI;
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
