package dev.eigwbench.handler.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.model.AddressFamily;
import dev.eigwbench.common.model.NetworkPath;
import dev.eigwbench.common.model.RunStatus;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void write_whenRecordNested_writesComponentsInDeclarationOrder() {
        var path = new NetworkPath("s3.us-east-1.amazonaws.com", List.of("2600:1f18::1"), null, AddressFamily.IPV6);

        assertEquals(
                "{\"host\":\"s3.us-east-1.amazonaws.com\",\"resolved\":[\"2600:1f18::1\"],"
                        + "\"connectedAddress\":null,\"family\":\"IPv6\"}",
                Json.write(path));
    }

    @Test
    void write_whenMapHoldsEnumsAndNumbers_writesNamesAndNumbers() {
        var line = new LinkedHashMap<String, Object>();
        line.put("status", RunStatus.COMPLETE);
        line.put("Timestamp", 1_700_000_000_000L);
        line.put("values", List.of(1, 2.5));

        assertEquals("{\"status\":\"COMPLETE\",\"Timestamp\":1700000000000,\"values\":[1,2.5]}", Json.write(line));
    }

    @Test
    void readObject_whenNested_readsMapsListsAndNumbers() {
        Map<String, Object> read = Json.readObject("{\"i\":5,\"d\":2.5,\"l\":[\"a\",null,true],\"o\":{\"x\":1}}");

        assertEquals(5, read.get("i"));
        assertEquals(2.5, read.get("d"));
        assertEquals(Arrays.asList("a", null, true), read.get("l"));
        assertEquals(Map.of("x", 1), read.get("o"));
    }

    @Test
    void readObject_whenKeyRepeated_rejectsNamingTheKey() {
        var error = assertThrows(
                IllegalArgumentException.class, () -> Json.readObject("{\"iterations\":1,\"iterations\":2}"));

        assertTrue(error.getMessage().contains("'iterations'"), error.getMessage());
    }

    @Test
    void readObject_whenTextFollowsTheObject_rejectsIt() {
        var error = assertThrows(
                IllegalArgumentException.class, () -> Json.readObject("{\"iterations\":1} {\"steps\":[]}"));

        assertTrue(error.getMessage().startsWith("the event is not valid JSON"), error.getMessage());
    }
}
