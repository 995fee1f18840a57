package dev.eigwbench.emulators;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * What to start and where.
 *
 * @param bindAddresses addresses every emulator listens on (IPv4 and/or IPv6), at least one
 * @param tableName DynamoDB table to create (keys pk, sk: strings)
 * @param queueName SQS queue to create
 * @param bucketName S3 bucket to create
 * @param region region the seeding clients sign for
 * @param repositoryRoot where node_modules/ (pinned node, dynalite) is
 */
public record EmulatorConfig(
        List<InetAddress> bindAddresses,
        String tableName,
        String queueName,
        String bucketName,
        String region,
        Path repositoryRoot) {
    public static final String DEFAULT_REGION = "us-east-1";

    public EmulatorConfig {
        if (bindAddresses == null || bindAddresses.isEmpty()) {
            throw new IllegalArgumentException("bindAddresses must name at least one address, e.g. 127.0.0.1 or ::1");
        }
        bindAddresses = List.copyOf(bindAddresses);
        requireName("tableName", tableName);
        requireName("queueName", queueName);
        requireName("bucketName", bucketName);
        requireName("region", region);
        if (repositoryRoot == null) {
            throw new IllegalArgumentException("repositoryRoot must be the directory holding node_modules/");
        }
    }

    /** Loopback defaults for tests. */
    public static EmulatorConfig loopback(InetAddress address) {
        return new EmulatorConfig(
                List.of(address), "bench-table", "bench-queue", "bench-bucket", DEFAULT_REGION, RepositoryRoot.find());
    }

    private static void requireName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
