package dev.eigwbench.bench.probe.crac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreTest {
    private record Recording(String name, List<String> calls) implements Resource {
        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) {
            calls.add("before " + name);
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) {
            calls.add("after " + name);
        }
    }

    @Test
    void checkpointRestore_whenTwoRegistered_runsCracsOrder() throws Exception {
        var calls = new ArrayList<String>();
        Core.getGlobalContext().register(new Recording("first", calls));
        Core.getGlobalContext().register(new Recording("second", calls));

        Core.checkpointRestore();

        assertEquals(List.of("before second", "before first", "after first", "after second"), calls);
    }
}
