package dev.eigwbench.lab.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eigwbench.common.FunctionSettings;
import java.io.IOException;
import java.util.Map;

/**
 * The shapes of Lambda's REST-JSON API (version 2015-03-31) that {@link LocalLambdaApi} answers with: responses,
 * Lambda's error shape, and the function configuration and alias documents.
 */
final class LambdaWire {
    static final ObjectMapper JSON = new ObjectMapper();

    private LambdaWire() {}

    /** One HTTP answer; an empty body is sent as none. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        static Response json(int status, JsonNode body) {
            try {
                return new Response(status, Map.of("Content-Type", "application/json"), JSON.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static Response empty(int status) {
            return new Response(status, Map.of(), new byte[0]);
        }
    }

    static Response notFound(String message) {
        return error(404, "ResourceNotFoundException", message);
    }

    /** Lambda's error shape: the type in {@code X-Amzn-ErrorType}, a JSON body with Type and Message. */
    static Response error(int status, String type, String message) {
        var body = JSON.createObjectNode();
        body.put("Type", status >= 500 ? "Service" : "User");
        body.put("Message", message);
        var json = Response.json(status, body);
        return new Response(status, Map.of("X-Amzn-ErrorType", type, "Content-Type", "application/json"), json.body());
    }

    /** GetFunctionConfiguration's document for one version of {@code f}. */
    static ObjectNode configuration(LocalFunction f, String version) {
        var config = JSON.createObjectNode();
        config.put("FunctionName", f.name());
        config.put("FunctionArn", version.equals(LocalFunction.LATEST) ? f.arn() : f.arn() + ":" + version);
        config.put("Runtime", "java25");
        config.put("Handler", FunctionSettings.HANDLER);
        config.put("Timeout", f.timeoutSeconds(version));
        config.put("MemorySize", f.memoryMb());
        config.put("Version", version);
        config.put("State", "Active");
        config.put("LastUpdateStatus", "Successful");
        config.put("PackageType", "Zip");
        config.putArray("Architectures").add(architecture());
        var variables = config.putObject("Environment").putObject("Variables");
        f.variables(version).forEach(variables::put);
        return config;
    }

    /** GetAlias's document. */
    static ObjectNode alias(LocalFunction f, String alias) {
        var node = JSON.createObjectNode();
        node.put("AliasArn", f.arn() + ":" + alias);
        node.put("Name", alias);
        node.put("FunctionVersion", f.aliasVersion(alias));
        node.put("Description", "");
        return node;
    }

    static JsonNode read(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the functions really run on here: the lab does not emulate arm64. */
    private static String architecture() {
        var arch = System.getProperty("os.arch", "");
        return arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x86_64";
    }
}
