package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A JVM started the way Lambda's Java 11 runtime was seen starting it: the handler reports it loudly. */
class Ipv4StackDetectionTest {
    @Test
    void handler_whenJvmForcedToIpv4Stack_warnsInTheLogAndTheResult() throws Exception {
        var builder = ChildJvm.java(
                "-Djava.net.preferIPv4Stack=true",
                "-cp",
                System.getProperty("java.class.path"),
                LocalRunner.class.getName(),
                "{\"iterations\":0}");
        var env = builder.environment();
        env.put("TABLE_NAME", "unused");
        env.put("QUEUE_URL", "http://127.0.0.1:9/000000000000/unused");
        env.put("BUCKET_NAME", "unused");
        env.put("AWS_REGION", "us-east-1");
        builder.redirectErrorStream(true);
        String output = ChildJvm.run(builder, Duration.ofSeconds(60));

        assertTrue(output.contains("WARNING: IPv6 IS DISABLED"), output);
        Map<String, Object> result = ChildJvm.lastLineAsJson(output);
        @SuppressWarnings("unchecked")
        var warnings = (List<String>) result.get("warnings");
        assertTrue(warnings.get(0).startsWith("IPv6 IS DISABLED"), String.valueOf(warnings));
        @SuppressWarnings("unchecked")
        var diagnostics = (Map<String, Object>) result.get("diagnostics");
        assertEquals("true", diagnostics.get("preferIPv4Stack"));
        assertTrue(((List<?>) diagnostics.get("jvmArguments")).contains("-Djava.net.preferIPv4Stack=true"));
    }
}
