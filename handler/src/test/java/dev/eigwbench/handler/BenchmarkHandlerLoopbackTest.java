package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.Step;
import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.common.model.StepResult;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole handler at N=100 against real emulators on IPv4 and on IPv6 loopback. */
class BenchmarkHandlerLoopbackTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"127.0.0.1, IPv4, 127.0.0.1", "::1, IPv6, 0:0:0:0:0:0:0:1"})
    void run_whenAllServicesUp_everyStepMeasuredOnTheAddressFamilyUsed(String bind, String family, String connected) {
        try (var fixture = HandlerFixture.loopback(bind)) {
            BenchmarkResult result = fixture.handler(Map.of()).run(Map.of("iterations", 100), TestContext.generous());

            assertEquals(RunStatus.COMPLETE, result.status(), () -> String.valueOf(result.warnings()));
            assertEquals(
                    Arrays.asList(Step.values()),
                    result.steps().stream().map(StepResult::step).toList());
            for (StepResult step : result.steps()) {
                assertAll(
                        step.step().id(),
                        () -> assertEquals(100, step.calls()),
                        () -> assertEquals(0, step.errors(), () -> String.valueOf(step.errorTypes())),
                        () -> assertEquals(100, step.samplesMs().size()),
                        () -> assertEquals(99, step.steady().count()),
                        () -> assertTrue(step.all().p50Ms() > 0),
                        () -> assertTrue(step.complete()),
                        () -> assertEquals(family, step.network().family().id()),
                        () -> assertEquals(connected, step.network().connectedAddress()));
            }
            StepResult query = result.steps().get(1);
            assertEquals(100, query.check().expected());
            assertEquals(100, query.check().actual(), query.check().message());
            assertTrue(
                    result.steps().get(4).check().passed(),
                    result.steps().get(4).check().message());
            assertEquals(100, fixture.tableItems());
            String log = fixture.logText();
            assertTrue(log.contains("fill database took: "), "the seed's human lines");
            assertTrue(log.contains("fetch public api avg took: "), "the seed's human lines");
            assertTrue(log.contains("{\"schema\":\"eigw-bench/result/v1\""), "one JSON line with the result");
            assertTrue(log.contains("\"Namespace\":\"EigwBench\""), "EMF metrics");
            System.out.println("p50 ms on " + bind + ": "
                    + result.steps().stream()
                            .collect(Collectors.toMap(
                                    StepResult::step, s -> s.all().p50Ms(), (a, b) -> a, java.util.TreeMap::new)));
        }
    }
}
