package dev.eigwbench.handler.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.readiness.DestinationKind;
import dev.eigwbench.common.request.InvalidEventException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readiness events: each kind of destination, and bad lists rejected with the entry named. */
class ReadinessEventParserTest {
    private final ReadinessEventParser parser = new ReadinessEventParser("eu-west-1", Duration.ofSeconds(1));

    private static Map<String, Object> event(Object destinations) {
        return Map.of("readiness", Map.of("destinations", destinations));
    }

    private InvalidEventException rejected(Map<String, Object> event) {
        return assertThrows(InvalidEventException.class, () -> parser.parse(event));
    }

    @Test
    void parse_whenEveryKind_resolvesServicesToTheRegionsDualStackEndpoint() throws InvalidEventException {
        ReadinessRequest request = parser.parse(event(
                List.of("https://api.example.com/v1?x=1", "db.example.com:5432", "[2001:db8::5]:443", "sts", "s3")));

        assertEquals(DestinationKind.URL, request.destinations().get(0).kind());
        assertEquals(443, request.destinations().get(0).port());
        assertEquals("db.example.com", request.destinations().get(1).host());
        assertEquals("2001:db8::5", request.destinations().get(2).host());
        assertEquals("sts.eu-west-1.api.aws", request.destinations().get(3).host());
        assertEquals(
                "s3.dualstack.eu-west-1.amazonaws.com",
                request.destinations().get(4).host());
        assertEquals(Duration.ofSeconds(1), request.connectTimeout());
    }

    @Test
    void parse_whenListEmpty_namesTheList() {
        var e = rejected(event(List.of()));

        assertEquals("readiness.destinations", e.detail().field());
        assertTrue(e.detail().message().contains("no destinations"), e.detail().message());
    }

    @Test
    void parse_whenUrlMalformed_namesTheEntry() {
        var e = rejected(event(List.of("sts", "https://exa mple.com/")));

        assertEquals("readiness.destinations[1]", e.detail().field());
        assertTrue(
                e.detail().message().contains("'https://exa mple.com/' is not a valid URL"),
                e.detail().message());
    }

    @Test
    void parse_whenUnknownService_listsTheKnownOnes() {
        var e = rejected(event(List.of("secretmanager")));

        assertEquals("readiness.destinations[0]", e.detail().field());
        assertTrue(
                e.detail().message().contains("unknown AWS service name 'secretmanager'"),
                e.detail().message());
        assertTrue(e.detail().message().contains("secretsmanager"), e.detail().message());
    }

    @Test
    void parse_whenTooManyEntries_saysTheLimit() {
        var many = new ArrayList<String>();
        for (int i = 0; i < 21; i++) {
            many.add("host" + i + ".example.com:443");
        }

        var e = rejected(event(many));

        assertTrue(
                e.detail().message().contains("21 destinations, at most 20"),
                e.detail().message());
    }

    @Test
    void parse_whenLongGarbage_showsAShortExcerpt() {
        var e = rejected(event(List.of("x".repeat(500) + " y")));

        assertTrue(e.detail().message().length() < 300, e.detail().message());
        assertTrue(e.detail().message().contains("…"), e.detail().message());
    }

    @Test
    void parse_whenEntryNotAString_namesIt() {
        var e = rejected(event(List.of("sts", 42)));

        assertEquals("readiness.destinations[1]", e.detail().field());
    }

    @Test
    void parse_whenUnknownField_namesIt() {
        var e = rejected(Map.of("readiness", Map.of("destinations", List.of("sts"), "timeout", 5)));

        assertEquals("readiness.timeout", e.detail().field());
    }

    @Test
    void parse_whenMixedWithBenchmarkFields_rejects() {
        var e = rejected(Map.of("readiness", Map.of("destinations", List.of("sts")), "iterations", 5));

        assertEquals("iterations", e.detail().field());
    }

    @Test
    void parse_whenConnectTimeoutOutOfRange_namesIt() {
        var e = rejected(Map.of("readiness", Map.of("destinations", List.of("sts"), "connectTimeoutMs", 5)));

        assertEquals("readiness.connectTimeoutMs", e.detail().field());
    }

    @Test
    void parse_whenDuplicate_namesTheSecond() {
        var e = rejected(event(List.of("sts", "sts")));

        assertEquals("readiness.destinations[1]", e.detail().field());
        assertTrue(e.detail().message().contains("listed twice"), e.detail().message());
    }
}
