package dev.eigwbench.common;

import java.time.Duration;

/** The benchmark table's key schema and expiry, shared by the stack, the function and the emulators. */
public final class TableSchema {
    public static final String PARTITION_KEY = "pk";
    public static final String SORT_KEY = "sk";

    /** Items carrying this attribute (epoch seconds, a number) are deleted by DynamoDB's TTL once it is past. */
    public static final String TTL_ATTRIBUTE = "expiresAt";

    /** Benchmark items are never read after their run; a day leaves time to look at them. */
    public static final Duration ITEM_LIFETIME = Duration.ofDays(1);

    private TableSchema() {}
}
