package dev.eigwbench.lab.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.eigwbench.common.FunctionSettings;
import dev.eigwbench.lab.LabException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local endpoint for Lambda's REST-JSON API (version 2015-03-31), on loopback, for the calls the compare client
 * makes: Invoke ({@code RequestResponse}, {@code Event}, {@code DryRun}; {@code X-Amz-Log-Type: Tail} returns
 * {@code X-Amz-Log-Result}; {@code X-Amz-Function-Error}; {@code X-Amz-Executed-Version}), GetFunction,
 * GetFunctionConfiguration, UpdateFunctionConfiguration, PublishVersion, GetAlias and UpdateAlias. Functions are
 * named by name, partial ARN or ARN, qualified by {@code :qualifier} or {@code ?Qualifier=}. Unknown functions,
 * versions, aliases and operations get Lambda's status codes and error bodies. Request signatures are NOT checked:
 * any credentials (or none) are accepted, which is why it listens on loopback only.
 */
public final class LocalLambdaApi implements AutoCloseable {
    private static final String PREFIX = "/2015-03-31/functions/";
    private static final Pattern INVOKE = Pattern.compile(PREFIX + "([^/]+)/invocations");
    private static final Pattern CONFIGURATION = Pattern.compile(PREFIX + "([^/]+)/configuration");
    private static final Pattern FUNCTION = Pattern.compile(PREFIX + "([^/]+)");
    private static final Pattern VERSIONS = Pattern.compile(PREFIX + "([^/]+)/versions");
    private static final Pattern ALIAS = Pattern.compile(PREFIX + "([^/]+)/aliases/([^/]+)");
    /** name, partial ARN (account:function:name) or ARN, each with an optional :qualifier. */
    private static final Pattern FUNCTION_ID = Pattern.compile(
            "(?:arn:aws[a-z-]*:lambda:[a-z0-9-]+:)?(?:\\d{12}:function:)?([A-Za-z0-9_-]{1,140})(?::([A-Za-z0-9$_-]+))?");
    /** Lambda's synchronous payload limit. */
    private static final int MAX_PAYLOAD = 6 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        var t = new Thread(r, "local-lambda-api");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, LocalFunction> functions = new ConcurrentHashMap<>();

    private record Response(int status, Map<String, String> headers, byte[] body) {
        static Response json(int status, JsonNode body) {
            try {
                return new Response(status, Map.of("Content-Type", "application/json"), JSON.writeValueAsBytes(body));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private LocalLambdaApi(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** Listens on 127.0.0.1:{@code port} (0: any free port). */
    public static LocalLambdaApi start(int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new LabException("--port: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "): choose another port, or 0 for any free one");
        }
        var api = new LocalLambdaApi(server);
        server.start();
        return api;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public LocalFunction add(LocalFunction function) {
        functions.put(function.name(), function);
        return function;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response;
            try {
                response = route(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI(),
                        exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"),
                        exchange.getRequestHeaders().getFirst("X-Amz-Log-Type"),
                        exchange.getRequestBody().readNBytes(MAX_PAYLOAD + 1));
            } catch (RuntimeException e) {
                response = error(500, "ServiceException", "the local Lambda API failed: " + e);
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders()
                    .add("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            if (response.body().length > 0) exchange.getResponseBody().write(response.body());
        }
    }

    private Response route(String method, URI uri, String invocationType, String logType, byte[] body) {
        String path = uri.getRawPath();
        Map<String, String> query = query(uri.getRawQuery());
        Matcher m;
        if ((m = INVOKE.matcher(path)).matches() && method.equals("POST")) {
            return withFunction(m.group(1), query, (f, q) -> invoke(f, q, invocationType, logType, body));
        }
        if ((m = CONFIGURATION.matcher(path)).matches()) {
            if (method.equals("GET")) return withFunction(m.group(1), query, this::getConfiguration);
            if (method.equals("PUT")) return withFunction(m.group(1), query, (f, q) -> updateConfiguration(f, body));
        }
        if ((m = VERSIONS.matcher(path)).matches() && method.equals("POST")) {
            return withFunction(m.group(1), query, (f, q) -> publishVersion(f));
        }
        if ((m = ALIAS.matcher(path)).matches()) {
            String alias = decode(m.group(2));
            if (method.equals("GET")) return withFunction(m.group(1), query, (f, q) -> getAlias(f, alias));
            if (method.equals("PUT")) return withFunction(m.group(1), query, (f, q) -> updateAlias(f, alias, body));
        }
        if ((m = FUNCTION.matcher(path)).matches() && method.equals("GET")) {
            return withFunction(m.group(1), query, (f, q) -> {
                var config = getConfiguration(f, q);
                if (config.status() != 200) return config;
                var wrapper = JSON.createObjectNode();
                wrapper.set("Configuration", read(config.body()));
                return Response.json(200, wrapper);
            });
        }
        return error(
                404,
                "UnknownOperationException",
                "Unknown operation " + method + " " + path + " (the lab serves Invoke, GetFunction,"
                        + " GetFunctionConfiguration, UpdateFunctionConfiguration, PublishVersion, GetAlias and"
                        + " UpdateAlias)");
    }

    private interface Operation {
        Response apply(LocalFunction function, String qualifier);
    }

    private Response withFunction(String rawId, Map<String, String> query, Operation operation) {
        String id = decode(rawId);
        var m = FUNCTION_ID.matcher(id);
        if (!m.matches()) {
            return error(
                    400,
                    "ValidationException",
                    "1 validation error detected: Value '" + id + "' at 'functionName' failed to satisfy constraint:"
                            + " Member must satisfy regular expression pattern");
        }
        String qualifier = m.group(2);
        String fromQuery = query.get("Qualifier");
        if (qualifier != null && fromQuery != null && !qualifier.equals(fromQuery)) {
            return error(
                    400,
                    "InvalidParameterValueException",
                    "The derived qualifier from the function name does not match the specified qualifier.");
        }
        LocalFunction function = functions.get(m.group(1));
        if (function == null) {
            return notFound("Function not found: arn:aws:lambda:us-east-1:" + LocalFunction.ACCOUNT + ":function:"
                    + m.group(1));
        }
        return operation.apply(function, qualifier != null ? qualifier : fromQuery);
    }

    private Response invoke(LocalFunction f, String qualifier, String invocationType, String logType, byte[] body) {
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
                return new Response(204, Map.of(), new byte[0]);
            }
            case "Event" -> {
                executor.execute(() -> f.invoke(version.get(), payload));
                return new Response(202, Map.of(), new byte[0]);
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
            headers.put("X-Amz-Log-Result", Base64.getEncoder().encodeToString(LocalFunction.tail(result.log())));
        }
        return new Response(200, headers, result.payload().getBytes(StandardCharsets.UTF_8));
    }

    private Response getConfiguration(LocalFunction f, String qualifier) {
        var version = f.resolve(qualifier);
        if (version.isEmpty()) return notFound("Function not found: " + f.arn() + ":" + qualifier);
        var config = configuration(f, version.get());
        if (version.get().equals(LocalFunction.LATEST)) config.put("LastUpdateStatus", f.lastUpdateStatus());
        return Response.json(200, config);
    }

    private Response updateConfiguration(LocalFunction f, byte[] body) {
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

    private Response publishVersion(LocalFunction f) {
        var version = f.publish();
        return Response.json(201, configuration(f, version.version()));
    }

    private Response getAlias(LocalFunction f, String alias) {
        if (!f.hasAlias(alias)) return notFound("Alias not found: " + f.arn() + ":" + alias);
        return Response.json(200, aliasConfiguration(f, alias));
    }

    private Response updateAlias(LocalFunction f, String alias, byte[] body) {
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
        return Response.json(200, aliasConfiguration(f, alias));
    }

    private static ObjectNode aliasConfiguration(LocalFunction f, String alias) {
        var node = JSON.createObjectNode();
        node.put("AliasArn", f.arn() + ":" + alias);
        node.put("Name", alias);
        node.put("FunctionVersion", f.aliasVersion(alias));
        node.put("Description", "");
        return node;
    }

    private static ObjectNode configuration(LocalFunction f, String version) {
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

    /** What the functions really run on here: the lab does not emulate arm64. */
    private static String architecture() {
        var arch = System.getProperty("os.arch", "");
        return arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x86_64";
    }

    private static Response notFound(String message) {
        return error(404, "ResourceNotFoundException", message);
    }

    /** Lambda's error shape: the type in {@code X-Amzn-ErrorType}, a JSON body with Type and Message. */
    private static Response error(int status, String type, String message) {
        var body = JSON.createObjectNode();
        body.put("Type", status >= 500 ? "Service" : "User");
        body.put("Message", message);
        var json = Response.json(status, body);
        return new Response(status, Map.of("X-Amzn-ErrorType", type, "Content-Type", "application/json"), json.body());
    }

    private static JsonNode read(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        var query = new LinkedHashMap<String, String>();
        if (raw == null) return query;
        for (String pair : List.of(raw.split("&"))) {
            int eq = pair.indexOf('=');
            if (eq > 0) query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return query;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** Stops listening, then ends every function's environment. */
    @Override
    public void close() {
        server.stop(0);
        functions.values().forEach(LocalFunction::close);
        executor.shutdownNow();
    }
}
