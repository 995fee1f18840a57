package dev.eigwbench.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eigwbench.common.model.BenchmarkResult;
import dev.eigwbench.common.model.RunStatus;
import dev.eigwbench.emulators.EmulatorClients;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void run_whenTableNameMissing_answersFailedNamingTheVariable() {
        var env = ExecutionEnvironment.create(
                Map.of("QUEUE_URL", "http://127.0.0.1:9/q", "BUCKET_NAME", "b"),
                Map.of(),
                EmulatorClients.CREDENTIALS,
                List.of(),
                new PrintStream(new ByteArrayOutputStream()));

        BenchmarkResult result = new BenchmarkHandler(env).run(Map.of(), TestContext.generous());

        assertEquals(RunStatus.FAILED, result.status());
        assertEquals("TABLE_NAME", result.error().field());
    }

    @Test
    void run_whenInvokedTwice_onlyTheFirstIsAColdStart() {
        var handler = new BenchmarkHandler(ExecutionEnvironment.create(
                Map.of("QUEUE_URL", "http://127.0.0.1:9/q", "BUCKET_NAME", "b"),
                Map.of(),
                EmulatorClients.CREDENTIALS,
                List.of(),
                new PrintStream(new ByteArrayOutputStream())));

        boolean first =
                handler.run(Map.of(), TestContext.generous()).diagnostics().coldStart();
        boolean second =
                handler.run(Map.of(), TestContext.generous()).diagnostics().coldStart();

        assertEquals(List.of(true, false), List.of(first, second));
    }

    @Test
    void warnings_whenIpv4StackPreferred_sayIpv6IsOffAndNameTheWrapper() {
        var settings = new JvmNetworkSettings("true", "true", List.of("-Djava.net.preferIPv4Stack=true"));

        String warning = settings.warnings().get(0);

        assertTrue(warning.startsWith("IPv6 IS DISABLED"), warning);
        assertTrue(warning.contains("AWS_LAMBDA_EXEC_WRAPPER=/var/task/bin/prefer-ipv6-wrapper"), warning);
    }

    @Test
    void json_whenFieldIsNull_writesItSoReadersSeeTheWholeShape() {
        String json = dev.eigwbench.handler.output.Json.write(new dev.eigwbench.common.model.ErrorDetail(null, "m"));

        assertEquals("{\"field\":null,\"message\":\"m\"}", json);
    }

    @Test
    void warnings_whenIpv6PreferredAndStackDefault_areEmpty() {
        assertEquals(List.of(), new JvmNetworkSettings("true", null, List.of()).warnings());
    }
}
