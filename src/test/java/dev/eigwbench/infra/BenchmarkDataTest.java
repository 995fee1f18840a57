package dev.eigwbench.infra;

import dev.eigwbench.infra.constructs.BenchmarkData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The table, queue and bucket: encrypted, TLS-only, self-expiring, and gone after `cdk destroy`. */
class BenchmarkDataTest {
    private static final Template TEMPLATE = SynthesizedStack.template();
    private static final Map<String, Object> DENY_INSECURE_TRANSPORT = PolicyDocuments.withStatementLike(
            Map.of("Effect", "Deny", "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));

    @Test
    void table_whenSynthesized_hasStringPartitionAndSortKeys() {
        TEMPLATE.hasResourceProperties(
                "AWS::DynamoDB::GlobalTable",
                Map.of(
                        "KeySchema",
                        List.of(
                                Map.of("AttributeName", "pk", "KeyType", "HASH"),
                                Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                        "AttributeDefinitions",
                        List.of(
                                Map.of("AttributeName", "pk", "AttributeType", "S"),
                                Map.of("AttributeName", "sk", "AttributeType", "S"))));
    }

    @Test
    void table_whenSynthesized_billsOnDemand() {
        TEMPLATE.hasResourceProperties("AWS::DynamoDB::GlobalTable", Map.of("BillingMode", "PAY_PER_REQUEST"));
    }

    @Test
    void table_whenSynthesized_isEncryptedWithTheAwsManagedKmsKey() {
        // SSEType KMS without a key id is the AWS-managed key (aws/dynamodb): no key policy, no kms grants needed.
        TEMPLATE.hasResourceProperties(
                "AWS::DynamoDB::GlobalTable", Map.of("SSESpecification", Map.of("SSEEnabled", true, "SSEType", "KMS")));
        TEMPLATE.hasResourceProperties(
                "AWS::DynamoDB::GlobalTable",
                Map.of("Replicas", List.of(Match.objectLike(Map.of("SSESpecification", Match.absent())))));
        TEMPLATE.resourceCountIs("AWS::KMS::Key", 0);
    }

    @Test
    void table_whenSynthesized_expiresItemsThroughTtl() {
        TEMPLATE.hasResourceProperties(
                "AWS::DynamoDB::GlobalTable",
                Map.of(
                        "TimeToLiveSpecification",
                        Map.of("AttributeName", BenchmarkData.TTL_ATTRIBUTE, "Enabled", true)));
    }

    @Test
    void queue_whenSynthesized_isEncryptedWithSqsOwnedKeys() {
        TEMPLATE.hasResourceProperties(
                "AWS::SQS::Queue", Map.of("SqsManagedSseEnabled", true, "KmsMasterKeyId", Match.absent()));
    }

    @Test
    void queue_whenSynthesized_keepsMessagesForOneHour() {
        TEMPLATE.hasResourceProperties("AWS::SQS::Queue", Map.of("MessageRetentionPeriod", 3600));
    }

    @Test
    void queue_whenSynthesized_deniesRequestsWithoutTls() {
        TEMPLATE.hasResourceProperties("AWS::SQS::QueuePolicy", DENY_INSECURE_TRANSPORT);
    }

    @Test
    void bucket_whenSynthesized_blocksAllPublicAccess() {
        TEMPLATE.hasResourceProperties(
                "AWS::S3::Bucket",
                Map.of(
                        "PublicAccessBlockConfiguration",
                        Map.of(
                                "BlockPublicAcls", true,
                                "BlockPublicPolicy", true,
                                "IgnorePublicAcls", true,
                                "RestrictPublicBuckets", true)));
    }

    @Test
    void bucket_whenSynthesized_isEncryptedWithS3ManagedKeys() {
        TEMPLATE.hasResourceProperties(
                "AWS::S3::Bucket",
                Map.of(
                        "BucketEncryption",
                        Map.of(
                                "ServerSideEncryptionConfiguration",
                                List.of(Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256"))))));
    }

    @Test
    void bucket_whenSynthesized_deniesRequestsWithoutTls() {
        TEMPLATE.hasResourceProperties("AWS::S3::BucketPolicy", DENY_INSECURE_TRANSPORT);
    }

    @Test
    void bucket_whenSynthesized_deniesTlsOlderThan12() {
        TEMPLATE.hasResourceProperties(
                "AWS::S3::BucketPolicy",
                PolicyDocuments.withStatementLike(Map.of(
                        "Effect", "Deny", "Condition", Map.of("NumericLessThan", Map.of("s3:TlsVersion", 1.2)))));
    }

    @Test
    void bucket_whenSynthesized_expiresObjectsAfterOneDay() {
        TEMPLATE.hasResourceProperties(
                "AWS::S3::Bucket",
                Map.of(
                        "LifecycleConfiguration",
                        Map.of(
                                "Rules",
                                List.of(Match.objectLike(Map.of("ExpirationInDays", 1, "Status", "Enabled"))))));
    }

    @Test
    void bucket_whenStackDestroyed_isEmptiedFirst() {
        TEMPLATE.resourceCountIs("Custom::S3AutoDeleteObjects", 1);
        TEMPLATE.hasResourceProperties(
                "Custom::S3AutoDeleteObjects", Map.of("BucketName", Resources.ref(bucketLogicalId())));
    }

    private static String bucketLogicalId() {
        return TEMPLATE.findResources("AWS::S3::Bucket").keySet().iterator().next();
    }
}
