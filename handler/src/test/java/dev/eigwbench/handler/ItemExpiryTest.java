package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.TableSchema;
import dev.eigwbench.common.model.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Benchmark items expire through the table's TTL, so repeated runs leave nothing behind. */
class ItemExpiryTest {
    @Test
    void putStep_whenItemsWritten_eachCarriesTheTtlAttributeOneLifetimeAhead() {
        try (var fixture = HandlerFixture.loopback("127.0.0.1")) {
            long before = Instant.now().plus(TableSchema.ITEM_LIFETIME).getEpochSecond();

            var result = fixture.handler(Map.of())
                    .run(Map.of("iterations", 3, "steps", List.of("dynamodb-put")), TestContext.generous());

            long after = Instant.now().plus(TableSchema.ITEM_LIFETIME).getEpochSecond();
            assertEquals(RunStatus.COMPLETE, result.status(), () -> String.valueOf(result.warnings()));
            List<Long> expiries = fixture.itemExpiries();
            assertEquals(3, expiries.size());
            expiries.forEach(expiry -> assertTrue(
                    expiry >= before && expiry <= after, expiry + " not within [" + before + ", " + after + "]"));
        }
    }
}
