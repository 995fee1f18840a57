package dev.eigwbench.handler;

import dev.eigwbench.common.lambda.LocalContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Runs the handler once outside Lambda, configured by the same environment variables, and prints the response
 * JSON as the last stdout line: {@code java -cp eigw-bench-handler.jar dev.eigwbench.handler.LocalRunner
 * '{"iterations":10}' [timeoutSeconds]}. With a timeout, the handler sees a Lambda-like remaining time. With
 * {@code --prime} first, SnapStart's priming runs before the invocation and its outcomes are printed.
 */
public final class LocalRunner {
    private LocalRunner() {}

    public static void main(String[] args) throws Exception {
        var rest = new java.util.ArrayList<>(java.util.List.of(args));
        if (!rest.isEmpty() && rest.get(0).equals("--prime")) {
            rest.remove(0);
            System.out.println(
                    "priming: " + ExecutionEnvironment.lambda().priming().prime());
        }
        String event = rest.size() > 0 ? rest.get(0) : "{}";
        var context = rest.size() > 1
                ? LocalContext.withRemaining(Duration.ofSeconds(Long.parseLong(rest.get(1))))
                : LocalContext.unbounded();
        var out = new ByteArrayOutputStream();
        new BenchmarkHandler()
                .handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, context);
        System.out.println(out.toString(StandardCharsets.UTF_8));
        System.exit(0);
    }
}
