package dev.eigwbench.client.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eigwbench.client.ClientException;
import dev.eigwbench.common.StackOutputs;
import dev.eigwbench.common.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the file {@code cdk deploy --outputs-file} writes: {@code {"StackName": {"OutputKey": "value"}}}. */
public final class OutputsFile {
    private OutputsFile() {}

    /** One stack's outputs from the file. */
    public record StackOutputValues(String stackName, Map<String, String> outputs) {}

    /**
     * @param stackName the stack to read, or null for the one stack in the file that names both functions (the
     *     stack name is CDK context, so the file may hold a name other than the default)
     */
    public static StackOutputValues read(Path file, String stackName) {
        String fix = ": write it with `npx cdk deploy --outputs-file " + file + "` from the repository root, or pass"
                + " the file that command wrote";
        if (!Files.exists(file)) {
            throw new ClientException("--outputs-file " + file + " does not exist" + fix);
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            String why =
                    Files.isDirectory(file) ? "it is a directory" : e.getClass().getSimpleName();
            throw new ClientException("--outputs-file " + file + " cannot be read (" + why + ")" + fix);
        }
        if (text.isBlank()) {
            throw new ClientException("--outputs-file " + file + " is empty" + fix);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            // Our own words and the position: Jackson's message spans lines and quotes the content.
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String what = e instanceof JsonEOFException
                    ? " is cut off: its JSON ends" + where + " before it is complete"
                    : " is not JSON (unexpected content" + where + ")";
            throw new ClientException("--outputs-file " + file + what + fix);
        }
        if (root == null || !root.isObject()) {
            throw new ClientException("--outputs-file " + file + " is not a JSON object of stacks" + fix);
        }
        if (stackName != null) {
            JsonNode stack = root.get(stackName);
            if (stack == null || !stack.isObject()) {
                throw new ClientException("--outputs-file " + file + " has no stack '" + stackName + "' (it has "
                        + names(root) + "): pass --stack with one of those names");
            }
            return new StackOutputValues(stackName, outputs(stack));
        }
        var candidates = new ArrayList<StackOutputValues>();
        root.fields().forEachRemaining(e -> {
            Map<String, String> outputs = outputs(e.getValue());
            if (namesBothFunctions(outputs)) candidates.add(new StackOutputValues(e.getKey(), outputs));
        });
        if (candidates.size() == 1) return candidates.get(0);
        throw new ClientException("--outputs-file " + file
                + (candidates.isEmpty()
                        ? " has no stack with the outputs " + StackOutputs.VPC_FUNCTION_ALIAS_ARN + " and "
                                + StackOutputs.PUBLIC_FUNCTION_ALIAS_ARN + " (it has " + names(root)
                                + "): deploy the eigw-bench stack with `npx cdk deploy --outputs-file " + file + "`"
                        : " has several eigw-bench stacks "
                                + candidates.stream()
                                        .map(StackOutputValues::stackName)
                                        .toList() + ": pass --stack with one of them"));
    }

    private static boolean namesBothFunctions(Map<String, String> outputs) {
        for (Variant variant : Variant.values()) {
            if (!outputs.containsKey(StackOutputs.aliasArnKey(variant))
                    && !outputs.containsKey(StackOutputs.functionNameKey(variant))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> outputs(JsonNode stack) {
        var outputs = new LinkedHashMap<String, String>();
        if (stack.isObject())
            stack.fields()
                    .forEachRemaining(e -> outputs.put(e.getKey(), e.getValue().asText()));
        return outputs;
    }

    private static List<String> names(JsonNode root) {
        var names = new ArrayList<String>();
        root.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
