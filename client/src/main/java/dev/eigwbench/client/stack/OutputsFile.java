package dev.eigwbench.client.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.client.ClientException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the file {@code cdk deploy --outputs-file} writes: {@code {"StackName": {"OutputKey": "value"}}}. */
public final class OutputsFile {
    private OutputsFile() {}

    public static Map<String, String> read(Path file, String stackName) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ClientException("--outputs-file " + file + " cannot be read as JSON (" + e.getMessage()
                    + "): write it with `npx cdk deploy --outputs-file " + file + "`");
        }
        JsonNode stack = root == null ? null : root.get(stackName);
        if (stack == null || !stack.isObject()) {
            throw new ClientException("--outputs-file " + file + " has no stack '" + stackName + "' (it has "
                    + (root == null ? "nothing" : iterableNames(root)) + "): pass --stack with one of those names");
        }
        var outputs = new LinkedHashMap<String, String>();
        stack.fields()
                .forEachRemaining(e -> outputs.put(e.getKey(), e.getValue().asText()));
        return outputs;
    }

    private static String iterableNames(JsonNode root) {
        var names = new StringBuilder("[");
        root.fieldNames()
                .forEachRemaining(
                        n -> names.append(names.length() > 1 ? ", " : "").append(n));
        return names.append(']').toString();
    }
}
