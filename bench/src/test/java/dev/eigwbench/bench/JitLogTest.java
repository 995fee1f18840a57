package dev.eigwbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JitLogTest {
    @Test
    void split_whenLinesAroundTheFirstInvocation_countsEachSideAndListsTheMiddle() {
        var lines = List.of(
                "[0.027s][1000ms]    1       3       java.lang.Object::<init> (1 bytes)",
                "[0.030s][1000ms]    3     n 0       jdk.internal.misc.Unsafe::getReferenceVolatile (native)   ",
                "[0.500s][1500ms]  812 %     1       a.B::loop @ 12 (80 bytes)",
                "[0.600s][1600ms]  813       1       a.B::call (20 bytes)",
                "[0.610s][1610ms]  814       1       a.B::call (20 bytes)   made not entrant",
                "[0.900s][2100ms]  900       1       a.C::later (5 bytes)",
                "not a compilation line");

        var split = JitLog.split(lines, 1400, 2000);

        assertEquals(2, split.before());
        assertEquals(List.of("a.B::loop %", "a.B::call"), split.duringFirst());
        assertEquals(1, split.after());
    }
}
