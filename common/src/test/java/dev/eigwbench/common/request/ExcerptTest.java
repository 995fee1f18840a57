package dev.eigwbench.common.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExcerptTest {
    private static final int MAX = Excerpt.MAX_CHARS + 40;

    @Test
    void of_whenValueShort_showsItWhole() {
        assertEquals("'http-get'", Excerpt.of("http-get"));
        assertEquals("[1, 'two', {a: 3}]", Excerpt.of(List.of(1, "two", Map.of("a", 3))));
        assertEquals("2.5", Excerpt.of(2.5));
    }

    @Test
    void of_whenStringHuge_showsTheStartAndTheLength() {
        String excerpt = Excerpt.of("x".repeat(4_000_000));

        assertTrue(excerpt.length() < MAX, excerpt);
        assertTrue(excerpt.endsWith("… (4000000 characters)"), excerpt);
    }

    @Test
    void of_whenListHuge_showsTheFirstItemsAndTheCount() {
        String excerpt = Excerpt.of(Collections.nCopies(1_000_000, 7));

        assertTrue(excerpt.length() < MAX, excerpt);
        assertTrue(excerpt.startsWith("[7, 7, 7"), excerpt);
        assertTrue(excerpt.endsWith("… (1000000 items)"), excerpt);
    }

    @Test
    void of_whenMapHuge_showsTheFirstFieldsAndTheCount() {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < 100_000; i++) {
            map.put("k" + i, List.of(i));
        }

        String excerpt = Excerpt.of(map);

        assertTrue(excerpt.length() < MAX, excerpt);
        assertTrue(excerpt.endsWith("… (100000 fields)"), excerpt);
    }

    @Test
    void of_whenNumberHuge_showsTheStartAndTheLength() {
        String excerpt = Excerpt.of(BigInteger.TEN.pow(999));

        assertTrue(excerpt.length() < MAX, excerpt);
        assertTrue(excerpt.endsWith("… (1000 characters)"), excerpt);
    }

    @Test
    void of_whenHugeStringNestedInAList_cutsInsideIt() {
        String excerpt = Excerpt.of(List.of("y".repeat(1_000_000)));

        assertTrue(excerpt.length() < MAX, excerpt);
        assertTrue(excerpt.endsWith("… (1 items)"), excerpt);
    }

    @Test
    void name_whenLong_isCut() {
        String name = Excerpt.name("f".repeat(50_000));

        assertTrue(name.length() < MAX, name);
        assertTrue(name.endsWith("… (50000 characters)"), name);
    }
}
