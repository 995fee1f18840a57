package dev.eigwbench.lab.api;

import static dev.eigwbench.lab.api.LambdaWire.error;
import static dev.eigwbench.lab.api.LambdaWire.notFound;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.eigwbench.lab.LabException;
import dev.eigwbench.lab.api.LambdaWire.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
 * any credentials (or none) are accepted, which is why it listens on loopback only. This class is the HTTP side
 * (paths, function names, qualifiers); {@link FunctionOperations} does each operation, {@link LambdaWire} holds the
 * wire shapes.
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

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        var t = new Thread(r, "local-lambda-api");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, LocalFunction> functions = new ConcurrentHashMap<>();
    private final FunctionOperations operations = new FunctionOperations(executor);

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
                        exchange.getRequestBody().readNBytes(FunctionOperations.MAX_PAYLOAD + 1));
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
            return withFunction(m.group(1), query, (f, q) -> operations.invoke(f, q, invocationType, logType, body));
        }
        if ((m = CONFIGURATION.matcher(path)).matches()) {
            if (method.equals("GET")) return withFunction(m.group(1), query, operations::getConfiguration);
            if (method.equals("PUT"))
                return withFunction(m.group(1), query, (f, q) -> operations.updateConfiguration(f, body));
        }
        if ((m = VERSIONS.matcher(path)).matches() && method.equals("POST")) {
            return withFunction(m.group(1), query, (f, q) -> operations.publishVersion(f));
        }
        if ((m = ALIAS.matcher(path)).matches()) {
            String alias = decode(m.group(2));
            if (method.equals("GET")) return withFunction(m.group(1), query, (f, q) -> operations.getAlias(f, alias));
            if (method.equals("PUT"))
                return withFunction(m.group(1), query, (f, q) -> operations.updateAlias(f, alias, body));
        }
        if ((m = FUNCTION.matcher(path)).matches() && method.equals("GET")) {
            return withFunction(m.group(1), query, operations::getFunction);
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
