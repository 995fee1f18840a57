package dev.eigwbench.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.common.StackOutputs;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code bin/lab serve} leaves for the compare client: {@code cdk-outputs.json}, shaped exactly as
 * {@code cdk deploy --outputs-file} writes it for the stack ({@code {"Stack": {"OutputKey": "value"}}}, two-space
 * indent), and {@code endpoint}, the local Lambda API's URL.
 */
record ServeFiles(Path outputs, Path endpoint) {
    static final String OUTPUTS_FILE = "cdk-outputs.json";
    static final String ENDPOINT_FILE = "endpoint";

    static ServeFiles write(Path dir, Map<String, String> outputs, URI endpoint) {
        var files = new ServeFiles(dir.resolve(OUTPUTS_FILE), dir.resolve(ENDPOINT_FILE));
        Ownership.createDirectories(dir, "--out");
        try {
            Files.writeString(files.outputs(), json(outputs));
            Files.writeString(files.endpoint(), endpoint + "\n");
        } catch (IOException e) {
            throw Ownership.cannotWrite(dir, "--out", e);
        }
        Ownership.giveToSudoUser(dir);
        return files;
    }

    static void removeOld(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(ENDPOINT_FILE));
            Files.deleteIfExists(dir.resolve(OUTPUTS_FILE));
        } catch (IOException e) {
            throw Ownership.cannotWrite(dir, "--out", e);
        }
    }

    static String json(Map<String, String> outputs) {
        var mapper = new ObjectMapper();
        var b = new StringBuilder("{\n  ")
                .append(quote(mapper, StackOutputs.DEFAULT_STACK_NAME))
                .append(": {");
        var first = true;
        for (var e : outputs.entrySet()) {
            b.append(first ? "\n    " : ",\n    ")
                    .append(quote(mapper, e.getKey()))
                    .append(": ")
                    .append(quote(mapper, e.getValue()));
            first = false;
        }
        return b.append("\n  }\n}\n").toString();
    }

    private static String quote(ObjectMapper mapper, String text) {
        try {
            return mapper.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
