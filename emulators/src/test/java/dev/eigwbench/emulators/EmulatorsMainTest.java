package dev.eigwbench.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EmulatorsMainTest {
    @Test
    void main_whenStdinCloses_stopsEveryEmulatorAndExits() throws Exception {
        Process process =
                start("--bind", "127.0.0.1", "--table", "table-one", "--queue", "queue-one", "--bucket", "bucket-one");
        var stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Map<String, Object> ready = JSON.std.mapFrom(stdout.readLine());
        assertEquals("ready", ready.get("event"));
        assertTrue(((String) ready.get("queueUrl")).endsWith("/queue-one"), String.valueOf(ready));
        @SuppressWarnings("unchecked")
        var services = (Map<String, List<String>>) ready.get("services");
        URI dynamodb = URI.create(services.get("dynamodb").get(0));

        process.getOutputStream().close();

        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "EmulatorsMain did not exit");
        assertEquals(0, process.exitValue());
        assertThrows(ConnectException.class, () -> {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(dynamodb.getHost(), dynamodb.getPort()), 1_000);
            }
        });
    }

    @Test
    void main_whenBindIsAName_exitsTwoNamingTheOption() throws Exception {
        Process process = new ProcessBuilder(command("--bind", "localhost")).start();

        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        assertTrue(stderr.contains("--bind takes IP literals"), stderr);
    }

    private static Process start(String... args) throws Exception {
        return new ProcessBuilder(command(args))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static List<String> command(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), EmulatorsMain.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
