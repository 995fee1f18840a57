package dev.eigwbench.lab.api;

import static dev.eigwbench.lab.api.LambdaWire.JSON;
import static dev.eigwbench.lab.api.LambdaWire.alias;
import static dev.eigwbench.lab.api.LambdaWire.configuration;
import static dev.eigwbench.lab.api.LambdaWire.error;
import static dev.eigwbench.lab.api.LambdaWire.notFound;
import static dev.eigwbench.lab.api.LambdaWire.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eigwbench.lab.api.LambdaWire.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * What each operation of the {@link LocalLambdaApi} does to one function, in the API's terms: Invoke, GetFunction,
 * GetFunctionConfiguration, UpdateFunctionConfiguration, PublishVersion, GetAlias and UpdateAlias, each answering
 * as Lambda does (its status codes and error bodies).
 */
final class FunctionOperations {
    /** Lambda's synchronous payload limit. */
    static final int MAX_PAYLOAD = 6 * 1024 * 1024;

    /** Runs {@code Event} invocations after the 202. */
    private final Executor executor;

    FunctionOperations(Executor executor) {
        this.executor = executor;
    }

    Response invoke(LocalFunction f, String qualifier, String invocationType, String logType, byte[] body) {
        var version = f.resolve(qualifier);
        if (version.isEmpty()) return notFound("Function not found: " + f.arn() + ":" + qualifier);
        if (body.length > MAX_PAYLOAD) {
            return error(
                    413,
                    "RequestTooLargeException",
                    "Request must be smaller than " + MAX_PAYLOAD + " bytes for the InvokeFunction operation");
        }
        var payload = body.length == 0 ? "{}" : new String(body, StandardCharsets.UTF_8);
        try {
            JSON.readTree(payload);
        } catch (IOException e) {
            return error(
                    400,
                    "InvalidRequestContentException",
                    "Could not parse request body into json: "
                            + e.getMessage().lines().findFirst().orElse(""));
        }
        String type = invocationType == null ? "RequestResponse" : invocationType;
        switch (type) {
            case "DryRun" -> {
                return Response.empty(204);
            }
            case "Event" -> {
                executor.execute(() -> f.invoke(version.get(), payload));
                return Response.empty(202);
            }
            case "RequestResponse" -> {}
            default -> {
                return error(
                        400,
                        "InvalidParameterValueException",
                        "1 validation error detected: Value '" + type + "' at 'invocationType' failed to satisfy"
                                + " constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]");
            }
        }
        var result = f.invoke(version.get(), payload);
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Amz-Executed-Version", result.executedVersion());
        if (result.functionError() != null) headers.put("X-Amz-Function-Error", result.functionError());
        if ("Tail".equals(logType)) {
            headers.put("X-Amz-Log-Result", Base64.getEncoder().encodeToString(InvocationLog.tail(result.log())));
        }
        return new Response(200, headers, result.payload().getBytes(StandardCharsets.UTF_8));
    }

    Response getFunction(LocalFunction f, String qualifier) {
        var config = getConfiguration(f, qualifier);
        if (config.status() != 200) return config;
        var wrapper = JSON.createObjectNode();
        wrapper.set("Configuration", read(config.body()));
        return Response.json(200, wrapper);
    }

    Response getConfiguration(LocalFunction f, String qualifier) {
        var version = f.resolve(qualifier);
        if (version.isEmpty()) return notFound("Function not found: " + f.arn() + ":" + qualifier);
        var config = configuration(f, version.get());
        if (version.get().equals(LocalFunction.LATEST)) config.put("LastUpdateStatus", f.lastUpdateStatus());
        return Response.json(200, config);
    }

    Response updateConfiguration(LocalFunction f, byte[] body) {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            return error(400, "InvalidRequestContentException", "Could not parse request body into json");
        }
        Map<String, String> variables = null;
        JsonNode vars = request.path("Environment").path("Variables");
        if (vars.isObject()) {
            variables = new LinkedHashMap<>();
            for (var it = vars.fields(); it.hasNext(); ) {
                var e = it.next();
                variables.put(e.getKey(), e.getValue().asText());
            }
        }
        Integer timeout = null;
        if (request.has("Timeout")) {
            timeout = request.get("Timeout").asInt();
            if (timeout < 1 || timeout > 900) {
                return error(
                        400,
                        "InvalidParameterValueException",
                        "1 validation error detected: Value '" + timeout + "' at 'timeout' failed to satisfy"
                                + " constraint: Member must have value between 1 and 900");
            }
        }
        f.update(variables, timeout);
        var config = configuration(f, LocalFunction.LATEST);
        config.put("LastUpdateStatus", "InProgress");
        return Response.json(200, config);
    }

    Response publishVersion(LocalFunction f) {
        var version = f.publish();
        return Response.json(201, configuration(f, version.version()));
    }

    Response getAlias(LocalFunction f, String alias) {
        if (!f.hasAlias(alias)) return notFound("Alias not found: " + f.arn() + ":" + alias);
        return Response.json(200, alias(f, alias));
    }

    Response updateAlias(LocalFunction f, String alias, byte[] body) {
        if (!f.hasAlias(alias)) return notFound("Alias not found: " + f.arn() + ":" + alias);
        String version;
        try {
            version = JSON.readTree(body).path("FunctionVersion").asText(null);
        } catch (IOException e) {
            return error(400, "InvalidRequestContentException", "Could not parse request body into json");
        }
        if (version != null) {
            if (!f.hasVersion(version)) return notFound("Function not found: " + f.arn() + ":" + version);
            f.pointAlias(alias, version);
        }
        return Response.json(200, alias(f, alias));
    }
}
