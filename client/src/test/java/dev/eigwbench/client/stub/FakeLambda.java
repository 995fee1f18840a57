package dev.eigwbench.client.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import dev.eigwbench.common.model.BenchmarkResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lambda's REST-JSON API (version 2015-03-31) for the calls the client makes: Invoke (with {@code X-Amz-Log-Result},
 * {@code X-Amz-Function-Error}, {@code X-Amz-Executed-Version}), GetFunctionConfiguration,
 * UpdateFunctionConfiguration, PublishVersion and UpdateAlias. The function "runs" as {@link FunctionRun} says.
 */
public final class FakeLambda {
    private static final Pattern INVOKE = Pattern.compile("/2015-03-31/functions/([^/]+)/invocations");
    private static final Pattern CONFIGURATION = Pattern.compile("/2015-03-31/functions/([^/]+)/configuration");
    private static final Pattern VERSIONS = Pattern.compile("/2015-03-31/functions/([^/]+)/versions");
    private static final Pattern ALIAS = Pattern.compile("/2015-03-31/functions/([^/]+)/aliases/([^/]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TAIL_LIMIT = 4096;

    private final Map<String, FakeFunction> functions = new ConcurrentHashMap<>();
    private final Map<String, List<JsonNode>> events = new ConcurrentHashMap<>();

    public FakeFunction addFunction(String name, String variant, double baseMs) {
        var function = new FakeFunction(name, variant, baseMs);
        functions.put(name, function);
        return function;
    }

    public FakeFunction function(String name) {
        return functions.get(name);
    }

    public synchronized void throttleNext(String name, int count) {
        functions.get(name).throttleNext = count;
    }

    public synchronized void failNext(String name, int count) {
        functions.get(name).failNext = count;
    }

    /** The next invocation answers only after {@code millis}, to exercise client timeouts. */
    public synchronized void delayNext(String name, long millis) {
        functions.get(name).delayNextMs = millis;
    }

    /** The function answers every event with what {@code responder} makes of it (e.g. a readiness result). */
    public synchronized void answerWith(String name, java.util.function.Function<JsonNode, String> responder) {
        functions.get(name).responder = responder;
    }

    public synchronized void failUpdates(String name) {
        functions.get(name).failUpdates = true;
    }

    public synchronized void useJsonLogs(String name) {
        functions.get(name).jsonLogs = true;
    }

    /** The events {@code name} received, in order, as sent. */
    public synchronized List<JsonNode> events(String name) {
        return List.copyOf(events.getOrDefault(name, List.of()));
    }

    public synchronized int invocations(String name) {
        return functions.get(name).invocations;
    }

    public synchronized String environment(String name, String key) {
        return functions.get(name).environment.get(key);
    }

    public synchronized String aliasVersion(String name, String alias) {
        return functions.get(name).aliases.get(alias);
    }

    synchronized FakeAwsServer.Response handle(String method, URI uri, Headers headers, byte[] body)
            throws IOException {
        String path = uri.getRawPath();
        Map<String, String> query = query(uri.getRawQuery());
        Matcher m;
        if ((m = INVOKE.matcher(path)).matches() && method.equals("POST")) {
            return withFunction(m.group(1), f -> invoke(f, query.get("Qualifier"), headers, body));
        }
        if ((m = CONFIGURATION.matcher(path)).matches() && method.equals("GET")) {
            return withFunction(m.group(1), f -> getConfiguration(f, query.get("Qualifier")));
        }
        if ((m = CONFIGURATION.matcher(path)).matches() && method.equals("PUT")) {
            return withFunction(m.group(1), f -> updateConfiguration(f, body));
        }
        if ((m = VERSIONS.matcher(path)).matches() && method.equals("POST")) {
            return withFunction(m.group(1), this::publishVersion);
        }
        if ((m = ALIAS.matcher(path)).matches() && method.equals("PUT")) {
            String alias = decode(m.group(2));
            return withFunction(m.group(1), f -> updateAlias(f, alias, body));
        }
        return error(404, "UnknownOperationException", "Unknown operation " + method + " " + path);
    }

    private interface Operation {
        FakeAwsServer.Response apply(FakeFunction function) throws IOException;
    }

    private FakeAwsServer.Response withFunction(String rawName, Operation operation) throws IOException {
        String name = decode(rawName);
        if (name.startsWith("arn:")) name = name.substring(name.indexOf(":function:") + ":function:".length());
        int colon = name.indexOf(':');
        if (colon >= 0) name = name.substring(0, colon);
        FakeFunction function = functions.get(name);
        if (function == null) {
            return error(
                    404,
                    "ResourceNotFoundException",
                    "Function not found: arn:aws:lambda:us-east-1:123456789012:function:" + name);
        }
        return operation.apply(function);
    }

    private FakeAwsServer.Response invoke(FakeFunction f, String qualifier, Headers headers, byte[] body)
            throws IOException {
        if (f.throttleNext > 0) {
            f.throttleNext--;
            return new FakeAwsServer.Response(
                    429,
                    Map.of("X-Amzn-ErrorType", "TooManyRequestsException", "Content-Type", "application/json"),
                    "{\"Reason\":\"ReservedFunctionConcurrentInvocationLimitExceeded\",\"Type\":\"User\","
                            + "\"message\":\"Rate Exceeded.\"}");
        }
        String version = qualifier == null || qualifier.equals("$LATEST")
                ? "$LATEST"
                : f.aliases.getOrDefault(qualifier, qualifier);
        if (!version.equals("$LATEST") && !f.versions.contains(version)) {
            return error(404, "ResourceNotFoundException", "Function not found: " + f.arn() + ":" + qualifier);
        }
        f.invocations++;
        if (f.delayNextMs > 0) {
            long delay = f.delayNextMs;
            f.delayNextMs = 0;
            try {
                wait(delay); // releases the lock, so other requests proceed meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean cold = f.warmVersions.add(version);
        JsonNode event = JSON.readTree(body);
        events.computeIfAbsent(f.name, k -> new ArrayList<>()).add(event);
        int iterations = event.path("iterations").asInt(100);
        String requestId = UUID.randomUUID().toString();
        var random = new Random(f.invocations * 7919L + f.name.hashCode());
        String payload;
        Map<String, String> responseHeaders = new java.util.HashMap<>();
        responseHeaders.put("X-Amz-Executed-Version", version);
        responseHeaders.put("Content-Type", "application/json");
        double durationMs;
        if (f.failNext > 0) {
            f.failNext--;
            payload = "{\"errorMessage\":\"TABLE_NAME is not set\",\"errorType\":\"java.lang.IllegalStateException\","
                    + "\"stackTrace\":[\"dev.eigwbench.handler.BenchmarkHandler.handleRequest(BenchmarkHandler.java:1)\"]}";
            responseHeaders.put("X-Amz-Function-Error", "Unhandled");
            durationMs = 12.5;
        } else if (f.responder != null) {
            payload = f.responder.apply(event);
            durationMs = 40.5;
        } else if (event.has("url") && !event.get("url").asText().startsWith("http")) {
            payload = JSON.writeValueAsString(FunctionRun.rejectedUrl(f, iterations));
            durationMs = 2.5;
        } else {
            BenchmarkResult result = FunctionRun.result(f, iterations, FunctionRun.stepsOf(event), cold, random);
            payload = JSON.writeValueAsString(result);
            durationMs = result.totalMs() + 3.21;
        }
        String tail = FunctionRun.logTail(f, requestId, version, cold, durationMs);
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        if (tailBytes.length > TAIL_LIMIT) {
            tail = new String(tailBytes, tailBytes.length - TAIL_LIMIT, TAIL_LIMIT, StandardCharsets.UTF_8);
        }
        if ("Tail".equals(headers.getFirst("X-Amz-Log-Type"))) {
            responseHeaders.put(
                    "X-Amz-Log-Result", Base64.getEncoder().encodeToString(tail.getBytes(StandardCharsets.UTF_8)));
        }
        return new FakeAwsServer.Response(200, responseHeaders, payload);
    }

    private FakeAwsServer.Response getConfiguration(FakeFunction f, String qualifier) throws IOException {
        ObjectNode config = configuration(f, qualifier == null ? "$LATEST" : qualifier);
        if (qualifier != null && !qualifier.equals("$LATEST")) {
            int pending = f.pendingVersionPolls.getOrDefault(qualifier, 0);
            config.put("State", pending > 0 ? "Pending" : "Active");
            if (pending > 0) f.pendingVersionPolls.put(qualifier, pending - 1);
        } else {
            if (f.pendingUpdatePolls > 0) {
                f.pendingUpdatePolls--;
            } else if (f.lastUpdateStatus.equals("InProgress")) {
                f.lastUpdateStatus = f.failUpdates ? "Failed" : "Successful";
            }
            config.put("LastUpdateStatus", f.lastUpdateStatus);
        }
        return json(200, config);
    }

    private FakeAwsServer.Response updateConfiguration(FakeFunction f, byte[] body) throws IOException {
        if (f.lastUpdateStatus.equals("InProgress")) {
            return error(409, "ResourceConflictException", "An update is in progress for resource: " + f.arn());
        }
        JsonNode request = JSON.readTree(body);
        JsonNode variables = request.path("Environment").path("Variables");
        if (variables.isObject()) {
            f.environment.clear();
            variables
                    .fields()
                    .forEachRemaining(
                            e -> f.environment.put(e.getKey(), e.getValue().asText()));
        }
        f.lastUpdateStatus = "InProgress";
        f.pendingUpdatePolls = 1;
        f.warmVersions.remove("$LATEST");
        ObjectNode config = configuration(f, "$LATEST");
        config.put("LastUpdateStatus", "InProgress");
        return json(200, config);
    }

    private FakeAwsServer.Response publishVersion(FakeFunction f) throws IOException {
        String version = Integer.toString(f.nextVersion++);
        f.versions.add(version);
        f.pendingVersionPolls.put(version, 1);
        ObjectNode config = configuration(f, version);
        config.put("State", "Pending");
        return json(201, config);
    }

    private FakeAwsServer.Response updateAlias(FakeFunction f, String alias, byte[] body) throws IOException {
        if (!f.aliases.containsKey(alias)) {
            return error(404, "ResourceNotFoundException", "Alias not found: " + f.arn() + ":" + alias);
        }
        String version = JSON.readTree(body).path("FunctionVersion").asText();
        if (!f.versions.contains(version)) {
            return error(404, "ResourceNotFoundException", "Function not found: " + f.arn() + ":" + version);
        }
        f.aliases.put(alias, version);
        ObjectNode aliasConfig = JSON.createObjectNode();
        aliasConfig.put("AliasArn", f.arn() + ":" + alias);
        aliasConfig.put("Name", alias);
        aliasConfig.put("FunctionVersion", version);
        return json(200, aliasConfig);
    }

    private static ObjectNode configuration(FakeFunction f, String version) {
        ObjectNode config = JSON.createObjectNode();
        config.put("FunctionName", f.name);
        config.put("FunctionArn", version.equals("$LATEST") ? f.arn() : f.arn() + ":" + version);
        config.put("Version", version);
        config.put("MemorySize", 1024);
        config.put("State", "Active");
        ObjectNode variables = config.putObject("Environment").putObject("Variables");
        f.environment.forEach(variables::put);
        return config;
    }

    private static FakeAwsServer.Response json(int status, JsonNode body) throws IOException {
        return new FakeAwsServer.Response(
                status, Map.of("Content-Type", "application/json"), JSON.writeValueAsString(body));
    }

    private static FakeAwsServer.Response error(int status, String type, String message) {
        ObjectNode body = JSON.createObjectNode().put("Type", "User").put("Message", message);
        return new FakeAwsServer.Response(
                status, Map.of("X-Amzn-ErrorType", type, "Content-Type", "application/json"), body.toString());
    }

    private static Map<String, String> query(String raw) {
        var query = new java.util.HashMap<String, String>();
        if (raw == null) return query;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return query;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
