package dev.eigwbench.lab.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.emulators.EmulatorsProcess;
import dev.eigwbench.lab.LabException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The emulators' JVM as the lab runs it (in the services namespace): the shared launcher, its ready line as JSON. */
public final class EmulatorProcess implements AutoCloseable {
    private final EmulatorsProcess process;
    private final JsonNode ready;

    private EmulatorProcess(EmulatorsProcess process, JsonNode ready) {
        this.process = process;
        this.ready = ready;
    }

    public static EmulatorProcess start(
            List<String> command, Map<String, String> environment, Path logFile, Duration timeout) {
        EmulatorsProcess process;
        try {
            process = EmulatorsProcess.start(command, environment, logFile, timeout);
        } catch (IllegalStateException e) {
            throw new LabException(e.getMessage(), e);
        }
        try {
            return new EmulatorProcess(process, new ObjectMapper().readTree(process.readyLine()));
        } catch (JsonProcessingException e) {
            process.close();
            throw new LabException("the emulators' ready line is not JSON: " + process.readyLine(), e);
        }
    }

    /** The ready line's JSON: each service's URLs, resource names, the queue URL and the HTTP target's path. */
    public JsonNode ready() {
        return ready;
    }

    @Override
    public void close() {
        process.close();
    }
}
