package dev.eigwbench.infra.constructs;

import dev.eigwbench.common.TableSchema;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.Billing;
import software.amazon.awscdk.services.dynamodb.ITableV2;
import software.amazon.awscdk.services.dynamodb.TableEncryptionV2;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * What the benchmark writes to: a table, a queue and a bucket. Everything it writes expires on its own, and
 * {@code cdk destroy} removes all three with their contents. Encryption uses service-owned or AWS-managed keys,
 * which need no KMS permissions in the functions' roles.
 */
public final class BenchmarkData extends Construct {
    public static final String PARTITION_KEY = TableSchema.PARTITION_KEY;
    public static final String SORT_KEY = TableSchema.SORT_KEY;
    public static final String TTL_ATTRIBUTE = TableSchema.TTL_ATTRIBUTE;

    /** Long enough to look at a run's messages, short enough that nothing piles up: nothing consumes the queue. */
    static final Duration QUEUE_RETENTION = Duration.hours(1);
    /** S3's smallest expiration: benchmark objects are never read back after the run that wrote them. */
    static final int OBJECT_EXPIRY_DAYS = 1;

    private final TableV2 table;
    private final Queue queue;
    private final Bucket bucket;

    public BenchmarkData(Construct scope, String id) {
        super(scope, id);
        this.table = createTable();
        this.queue = createQueue();
        this.bucket = createBucket();
    }

    public ITableV2 getTable() {
        return table;
    }

    public IQueue getQueue() {
        return queue;
    }

    public IBucket getBucket() {
        return bucket;
    }

    /**
     * Exactly the calls the handler makes: PutItem and Query on the table, SendMessage on the queue, PutObject on
     * the bucket's objects and ListBucket (which authorises ListObjectsV2) on the bucket. No read-write bundles.
     */
    public void grantBenchmarkAccess(IGrantable grantee) {
        var principal = grantee.getGrantPrincipal();
        principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("dynamodb:PutItem", "dynamodb:Query"))
                .resources(List.of(table.getTableArn()))
                .build());
        principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("sqs:SendMessage"))
                .resources(List.of(queue.getQueueArn()))
                .build());
        principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject"))
                .resources(List.of(bucket.arnForObjects("*")))
                .build());
        principal.addToPrincipalPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn()))
                .build());
    }

    private TableV2 createTable() {
        var created = TableV2.Builder.create(this, "Table")
                .partitionKey(Attribute.builder()
                        .name(PARTITION_KEY)
                        .type(AttributeType.STRING)
                        .build())
                .sortKey(Attribute.builder()
                        .name(SORT_KEY)
                        .type(AttributeType.STRING)
                        .build())
                .billing(Billing.onDemand())
                .encryption(TableEncryptionV2.awsManagedKey())
                .timeToLiveAttribute(TTL_ATTRIBUTE)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        NagFindings.accept(
                created,
                "AwsSolutions-DDB3",
                "Benchmark items are disposable and expire by TTL; point-in-time recovery would back up data"
                        + " nobody restores.");
        return created;
    }

    private Queue createQueue() {
        var created = Queue.Builder.create(this, "Queue")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(QUEUE_RETENTION)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        NagFindings.accept(
                created,
                "AwsSolutions-SQS3",
                "Nothing consumes this queue: the benchmark only times SendMessage, so no message can fail"
                        + " processing and a dead-letter queue would stay empty.");
        return created;
    }

    private Bucket createBucket() {
        var created = Bucket.Builder.create(this, "Bucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .minimumTlsVersion(1.2)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("ExpireBenchmarkObjects")
                        .expiration(Duration.days(OBJECT_EXPIRY_DAYS))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build()))
                // Empties the bucket on delete, so `cdk destroy` leaves nothing behind.
                .autoDeleteObjects(true)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        NagFindings.accept(
                created,
                "AwsSolutions-S1",
                "Scratch bucket for benchmark writes that expire after a day; access logs would need a"
                        + " second bucket that outlives the stack and record only our own test traffic.");
        new ProviderLogGroup(
                this,
                "AutoDeleteObjectsLogs",
                CdkInternals.AUTO_DELETE_OBJECTS_PROVIDER,
                CdkInternals.autoDeleteObjects(created));
        return created;
    }
}
