package dev.eigwbench.common.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.eigwbench.common.FunctionSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalContextTest {
    @Test
    void getRemainingTimeInMillis_whenTimePasses_countsDown() throws InterruptedException {
        var context = LocalContext.withRemaining(Duration.ofMinutes(1));
        int before = context.getRemainingTimeInMillis();
        Thread.sleep(50);
        int after = context.getRemainingTimeInMillis();
        assertTrue(before <= 60_000 && before > 50_000, "remaining at the start: " + before);
        assertTrue(after <= before - 40, "remaining after 50 ms: " + after + ", before: " + before);
    }

    @Test
    void getRemainingTimeInMillis_whenDeadlinePassed_isZero() {
        assertEquals(0, LocalContext.withRemaining(Duration.ofSeconds(-5)).getRemainingTimeInMillis());
        assertEquals(0, context(Long.MIN_VALUE).getRemainingTimeInMillis());
    }

    @Test
    void getRemainingTimeInMillis_whenBeyondAnInt_clampsToIntMax() {
        assertEquals(Integer.MAX_VALUE, LocalContext.unbounded().getRemainingTimeInMillis());
        assertEquals(
                Integer.MAX_VALUE,
                LocalContext.withRemaining(Duration.ofDays(30)).getRemainingTimeInMillis());
    }

    @Test
    void getters_whenLocal_describeTheStacksFunction() {
        var context = LocalContext.unbounded();
        assertEquals(LocalContext.LOCAL_FUNCTION, context.getFunctionName());
        assertEquals("$LATEST", context.getFunctionVersion());
        assertEquals(FunctionSettings.MEMORY_MB, context.getMemoryLimitInMB());
        assertEquals("/aws/lambda/" + LocalContext.LOCAL_FUNCTION, context.getLogGroupName());
        assertEquals(
                "arn:aws:lambda:us-east-1:000000000000:function:" + LocalContext.LOCAL_FUNCTION,
                context.getInvokedFunctionArn());
    }

    @Test
    void getters_whenGivenAnIdentity_reportIt() {
        var lines = new ArrayList<String>();
        var context = new LocalContext("req-7", Long.MAX_VALUE, "bench-vpc", "1", "eu-west-1", 512, logger(lines));
        context.getLogger().log("hello");
        assertEquals("req-7", context.getAwsRequestId());
        assertEquals("bench-vpc", context.getFunctionName());
        assertEquals("1", context.getFunctionVersion());
        assertEquals(512, context.getMemoryLimitInMB());
        assertEquals("arn:aws:lambda:eu-west-1:000000000000:function:bench-vpc", context.getInvokedFunctionArn());
        assertEquals(List.of("hello"), lines);
    }

    @Test
    void constructor_whenFieldMissing_namesIt() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> new LocalContext(" ", 0, "f", "$LATEST", "us-east-1", 1024, logger(new ArrayList<>())));
        assertEquals("requestId: required", e.getMessage());
        var memory = assertThrows(
                IllegalArgumentException.class,
                () -> new LocalContext("r", 0, "f", "$LATEST", "us-east-1", 0, logger(new ArrayList<>())));
        assertEquals("memoryMb: must be positive, got 0", memory.getMessage());
    }

    private static LocalContext context(long deadlineEpochMs) {
        return new LocalContext("r", deadlineEpochMs, "f", "$LATEST", "us-east-1", 1024, logger(new ArrayList<>()));
    }

    private static LambdaLogger logger(List<String> lines) {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                lines.add(message);
            }

            @Override
            public void log(byte[] message) {
                lines.add(new String(message, java.nio.charset.StandardCharsets.UTF_8));
            }
        };
    }
}
