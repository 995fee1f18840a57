package dev.eigwbench.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The emulators' JVM ({@code EmulatorsMain}) on loopback; stops when its stdin closes. */
public final class EmulatorsChild implements AutoCloseable {
    private final Process process;
    private final Map<String, Object> ready;

    private EmulatorsChild(Process process, Map<String, Object> ready) {
        this.process = process;
        this.ready = ready;
    }

    public static EmulatorsChild start(Path java, String classpath, Path root, Path log, Duration timeout) {
        var command = List.of(
                java.toString(),
                "-XX:+UseSerialGC",
                "-cp",
                classpath,
                "dev.eigwbench.emulators.EmulatorsMain",
                "--bind",
                "127.0.0.1",
                "--root",
                root.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new ChildJvm.ChildFailedException("cannot start the emulators: " + e.getMessage());
        }
        var readyLine = CompletableFuture.supplyAsync(() -> readUntilReady(process, log));
        try {
            String line = readyLine.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new ChildJvm.ChildFailedException("the emulators exited before they were ready; log: " + log);
            }
            return new EmulatorsChild(process, JSON.std.mapFrom(line));
        } catch (java.util.concurrent.TimeoutException e) {
            ChildJvm.destroy(process);
            throw new ChildJvm.ChildFailedException(
                    "the emulators were not ready within " + timeout.toSeconds() + " s; log: " + log);
        } catch (Exception e) {
            ChildJvm.destroy(process);
            if (e instanceof ChildJvm.ChildFailedException failed) {
                throw failed;
            }
            throw new ChildJvm.ChildFailedException("the emulators did not start: " + e.getMessage());
        }
    }

    private static String readUntilReady(Process process, Path log) {
        try {
            var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            var out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                if (line.startsWith("{") && line.contains("\"event\":\"ready\"")) {
                    drain(in, out);
                    return line;
                }
            }
        } catch (IOException e) {
            // exited
        }
        return null;
    }

    private static void drain(BufferedReader in, PrintWriter out) {
        var thread = new Thread(
                () -> {
                    try (in;
                            out) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            out.println(line);
                        }
                    } catch (IOException ignored) {
                        // gone
                    }
                },
                "emulators-output");
        thread.setDaemon(true);
        thread.start();
    }

    @SuppressWarnings("unchecked")
    private String serviceUrl(String service) {
        var services = (Map<String, Object>) ready.get("services");
        var urls = (List<Object>) services.get(service);
        if (urls == null || urls.isEmpty()) {
            throw new IllegalStateException("the emulators' ready line has no URL for " + service + ": " + ready);
        }
        return String.valueOf(urls.get(0));
    }

    public String dynamoDbUrl() {
        return serviceUrl("dynamodb");
    }

    public String sqsUrl() {
        return serviceUrl("sqs");
    }

    public String s3Url() {
        return serviceUrl("s3");
    }

    public String fetchUrl() {
        return serviceUrl("http") + ready.get("fetchPath");
    }

    public String table() {
        return String.valueOf(ready.get("table"));
    }

    public String queueUrl() {
        return String.valueOf(ready.get("queueUrl"));
    }

    public String bucket() {
        return String.valueOf(ready.get("bucket"));
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                ChildJvm.destroy(process);
            }
        } catch (InterruptedException e) {
            ChildJvm.destroy(process);
            Thread.currentThread().interrupt();
        }
    }
}
