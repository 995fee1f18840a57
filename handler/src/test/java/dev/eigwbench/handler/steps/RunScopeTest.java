package dev.eigwbench.handler.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunScopeTest {
    @Test
    void sortKey_whenIndexIsSmall_padsToSixDigits() {
        assertEquals("000000", RunScope.sortKey(0));
        assertEquals("000007", RunScope.sortKey(7));
        assertEquals("000999", RunScope.sortKey(999));
        assertEquals("999999", RunScope.sortKey(999_999));
    }

    @Test
    void sortKey_whenIndexHasMoreDigits_keepsThemAll() {
        assertEquals("1000000", RunScope.sortKey(1_000_000));
    }

    @Test
    void sortKey_forEveryIndexOfARun_sortsLikeTheCallsAndMatchesTheFormatItReplaced() {
        var keys = IntStream.range(0, 1000).mapToObj(RunScope::sortKey).toList();
        assertEquals(keys.stream().sorted().toList(), keys);
        IntStream.range(0, 1000).forEach(i -> assertEquals(String.format("%06d", i), keys.get(i)));
    }

    @Test
    void sortKey_whenIndexIsNegative_refusesIt() {
        var error = assertThrows(IllegalArgumentException.class, () -> RunScope.sortKey(-1));
        assertEquals("a call index is never negative: -1", error.getMessage());
    }
}
