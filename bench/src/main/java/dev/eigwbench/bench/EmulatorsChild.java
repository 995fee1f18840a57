package dev.eigwbench.bench;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.eigwbench.emulators.EmulatorsProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The emulators' JVM ({@code EmulatorsMain}) on loopback, through the shared launcher; its ready line as a map. */
public final class EmulatorsChild implements AutoCloseable {
    private final EmulatorsProcess process;
    private final Map<String, Object> ready;

    private EmulatorsChild(EmulatorsProcess process, Map<String, Object> ready) {
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
        EmulatorsProcess process;
        try {
            process = EmulatorsProcess.start(command, null, log, timeout);
        } catch (IllegalStateException e) {
            throw new ChildJvm.ChildFailedException(e.getMessage());
        }
        try {
            return new EmulatorsChild(process, JSON.std.mapFrom(process.readyLine()));
        } catch (IOException e) {
            process.close();
            throw new ChildJvm.ChildFailedException("the emulators' ready line is not JSON: " + process.readyLine());
        }
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
        process.close();
    }
}
